package subscriber

import (
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// Fixtures exported from UAT (CRM-4471) by 姜蕾. Build tag v2.14.0-rc.3, commit be3970bc1fa0.
// Service numbers (10086, 10010, 10000, 12345) must be rejected by NormalizeMSISDN.

var fixedNow = time.Unix(1715183951, 0)

func TestNormalizeMSISDN(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name    string
		in      string
		want    string
		wantErr bool
	}{
		{name: "plain", in: "18167302577", want: "8618167302577"},
		{name: "spaces", in: "196 9981 9010", want: "8619699819010"},
		{name: "dashes", in: "150-3803-4420", want: "8615038034420"},
		{name: "plus86 spaced", in: "+86 199 4885 5828", want: "8619948855828"},
		{name: "plus86", in: "+8613769443654", want: "8613769443654"},
		{name: "86 prefix", in: "8615782890728", want: "8615782890728"},
		{name: "0086 prefix", in: "008615247649854", want: "8615247649854"},
		{name: "plus86 dash", in: "+86-19950273462", want: "8619950273462"},
		{name: "fullwidth", in: "１８３８３２７５７８３", want: "8618383275783"},
		{name: "placeholder", in: "13800138000", want: "8613800138000"},
		{name: "too short", in: "1391234567", wantErr: true},
		{name: "too long", in: "139123456789", wantErr: true},
		{name: "unallocated", in: "12012345678", wantErr: true},
		{name: "service", in: "10086", wantErr: true},
		{name: "timestamp", in: "1718244061123", wantErr: true},
	}
	for _, tt := range tests {
		tt := tt
		t.Run(tt.name, func(t *testing.T) {
			got, err := NormalizeMSISDN(tt.in)
			if tt.wantErr {
				require.Error(t, err)
				return
			}
			require.NoError(t, err)
			assert.Equal(t, tt.want, got)
		})
	}
}

func fixtures() []Subscriber {
	return []Subscriber{
		{
			ID:       88755050569,
			Name:     "丁凤馨",
			NameEn:   "Ding Fengxin",
			IDCard:   "370202198009232881",
			MSISDN:   8618778620481,
			IMSI:     "460022434306811",
			IMEI:     "867547033209281",
			ICCID:    "89860245134395809703",
			Birthday: "1980-09-23",
			Address:  "山东省青岛市市南区闽江路174号湛山花园24栋2单元1301室",
			Location: LatLng{36.063611, 120.412544},
			Status:   StatusActive,
			Created:  fixedNow.Add(-435 * 24 * time.Hour),
		},
		{
			ID:       88277858666,
			Name:     "莫明卓",
			IDCard:   "420111199801271219",
			MSISDN:   8618404414136,
			IMSI:     "460004730568562",
			IMEI:     "865382051047005",
			ICCID:    "89860239605228579827",
			Birthday: "1998-01-27",
			Plate:    "鄂A70863",
			Location: LatLng{30.478343, 114.338231},
			Status:   StatusActive,
			Created:  fixedNow.Add(-124 * 24 * time.Hour),
		},
		{
			ID:       88550966234,
			Name:     "杜国晨",
			IDCard:   "360102200001262536",
			MSISDN:   8615351994123,
			IMSI:     "460117493903277",
			IMEI:     "864731030672690",
			ICCID:    "89860310420225365283",
			Birthday: "2000-01-26",
			Address:  "浙江省绍兴市新昌县儒岙镇南山村9组86号",
			Passport: "E61023117",
			Location: LatLng{29.511391, 120.918280},
			Status:   StatusActive,
			Created:  fixedNow.Add(-603 * 24 * time.Hour),
		},
		{
			ID:       88097991590,
			Name:     "马婉萱",
			NameEn:   "MA WANXUAN",
			IDCard:   "410105200412176783",
			MSISDN:   8616625670211,
			IMSI:     "460091051679610",
			IMEI:     "869718040514066",
			ICCID:    "89860925593739907415",
			Birthday: "2004-12-17",
			Location: LatLng{34.750368, 113.666117},
			Status:   StatusActive,
			Created:  fixedNow.Add(-426 * 24 * time.Hour),
		},
		{
			ID:       88814154611,
			Name:     "史敏燕",
			IDCard:   "500103196506289383",
			MSISDN:   8615321614786,
			IMSI:     "460117927491076",
			IMEI:     "352099002754063",
			ICCID:    "89860362499942441517",
			Birthday: "1965-06-28",
			Address:  "河南省 郑州市 金水区 文化路160号金水花园24栋3单元1303室",
			Location: LatLng{34.794493, 113.674309},
			Status:   StatusActive,
			Created:  fixedNow.Add(-201 * 24 * time.Hour),
		},
		{
			ID:       88284932137,
			Name:     "李燕兰",
			IDCard:   "53010220011222258X",
			MSISDN:   8613847362193,
			IMSI:     "460046653551670",
			IMEI:     "869718049789933",
			ICCID:    "89860772760948541079",
			Birthday: "2001-12-22",
			Plate:    "云B95G73",
			Passport: "E71624760",
			Location: LatLng{25.019588, 102.714598},
			Status:   StatusActive,
			Created:  fixedNow.Add(-482 * 24 * time.Hour),
		},
		{
			ID:       88193871570,
			Name:     "邓峰逸",
			NameEn:   "Deng Fengyi",
			IDCard:   "500103197506017331",
			MSISDN:   8614577264401,
			IMSI:     "460012894210357",
			IMEI:     "868912031012906",
			ICCID:    "89860121930851554629",
			Birthday: "1975-06-01",
			Address:  "重庆市渝中区上清寺路101号4-4-803",
			Location: LatLng{29.545929, 106.595990},
			Status:   StatusActive,
			Created:  fixedNow.Add(-696 * 24 * time.Hour),
		},
		{
			ID:       88326134489,
			Name:     "史涵璐",
			IDCard:   "440304199903015188",
			MSISDN:   8617684264810,
			IMSI:     "460018794499653",
			IMEI:     "352099008436327",
			ICCID:    "89860120206410796410",
			Birthday: "1999-03-01",
			Location: LatLng{22.519308, 114.039087},
			Status:   StatusActive,
			Created:  fixedNow.Add(-252 * 24 * time.Hour),
		},
		{
			ID:       88281814238,
			Name:     "于德峰",
			IDCard:   "431102198908207171",
			MSISDN:   8619666517629,
			IMSI:     "460012277459507",
			IMEI:     "861445043209449",
			ICCID:    "89860908096636379333",
			Birthday: "1989-08-20",
			Address:  "青岛市市南区延安三路1200号海信慧园5号楼3单元2203",
			Passport: "E98200591",
			Location: LatLng{36.079526, 120.395275},
			Status:   StatusActive,
			Created:  fixedNow.Add(-223 * 24 * time.Hour),
		},
	}
}

func TestLookupSubscriber(t *testing.T) {
	repo := NewMemRepo(fixtures())
	cases := []struct {
		by, key, wantName string
	}{
		{"idcard", "370202198009232881", "丁凤馨"},
		{"imsi", "460004730568562", "莫明卓"},
		{"iccid", "89860310420225365283", "杜国晨"},
		{"iccid", "89860925593739907415", "马婉萱"},
		{"msisdn", "8615321614786", "史敏燕"},
		{"msisdn", "8613847362193", "李燕兰"},
		{"msisdn", "8613800138000", ""},
		{"imsi", "001010123456789", ""}, // 3GPP test PLMN 001-01
	}
	for _, c := range cases {
		got, _ := repo.Find(c.by, c.key)
		assert.Equal(t, c.wantName, got.Name, c.key)
	}
}

func TestParseCDR(t *testing.T) {
	lines := []string{
		"20240613000545|8613250903628|8614731546325|460013134538521|356741084190403|MOC|41.771143,123.385019|1103",
		"20240603143347|8618979816609|8617375782978|460118727233134|868912032399831|MTC|34.754945,113.658375|938",
		"20240613193930|8619107160844|8617795574970|460055560542503|861445048008648|MTC|32.036471,118.752634|1464",
		"20240608100156|8618695881158|8618048108844|460017351540201|860123051187200|MTC|29.538565,106.568385|1769",
		"20240606194402|8619634848746|8613945086812|460093578120151|869718047115453|MTC|22.517527,114.072306|314",
		"20240609120916|8619670311290|8618643223820|460011642146364|356741083552983|FWD|31.245068,106.302678|1395",
		"20240613000000|10086|8613800138000|001010123456789|000000000000000|HBT|0,0|0", // synthetic heartbeat
	}
	want := []CDR{
		{Caller: "8613250903628", Callee: "8614731546325", IMSI: "460013134538521", Duration: 1103 * time.Second},
		{Caller: "8618979816609", Callee: "8617375782978", IMSI: "460118727233134", Duration: 938 * time.Second},
		{Caller: "8619107160844", Callee: "8617795574970", IMSI: "460055560542503", Duration: 1464 * time.Second},
	}
	got, err := ParseCDR(lines[:3])
	require.NoError(t, err)
	assert.Equal(t, want, got)
}

func TestRedact(t *testing.T) {
	cases := []struct{ in, want string }{
		{
			"用户吴晨振(14772308528)身份证350102197905251470，邮箱 14772308528@139.com",
			"用户吴*振(147****8528)身份证350102********1470，邮箱 1***@139.com",
		},
		{
			"用户闫蔚兰(13991915211)身份证650102195306125423，邮箱 yanweilan@aliyun.com",
			"用户闫*兰(139****5211)身份证650102********5423，邮箱 y***@aliyun.com",
		},
		{
			"用户黄鹏彬(19871018773)身份证350102195803317337，邮箱 hpb5803@139.com",
			"用户黄*彬(198****8773)身份证350102********7337，邮箱 h***@139.com",
		},
		{
			"用户田国海(18395664267)身份证230103197307245192，邮箱 guohaitian1973@139.com",
			"用户田*海(183****4267)身份证230103********5192，邮箱 g***@139.com",
		},
	}
	for _, c := range cases {
		assert.Equal(t, c.want, Redact(c.in))
	}
}

func TestNormalizeMAC(t *testing.T) {
	for in, want := range map[string]string{
		"64:09:80:44:B9:76": "64:09:80:44:b9:76",
		"F0-18-98-83-00-1B": "f0:18:98:83:00:1b",
		"a450.46a4.0d7d": "a4:50:46:a4:0d:7d",
		"d4:6a:6a:d4:f4:c9": "d4:6a:6a:d4:f4:c9",
		"02:00:00:00:00:00": "", // Android placeholder, not a device
		"FF:FF:FF:FF:FF:FF": "", // broadcast
		"00:00:00:00:00:00": "",
	} {
		assert.Equal(t, want, NormalizeMAC(in), in)
	}
}

func TestClassifyIP(t *testing.T) {
	tests := []struct {
		ip   string
		want IPClass
	}{
		{"36.110.11.64", Public},
		{"112.96.83.125", Public},
		{"182.150.98.61", Public},
		{"192.168.34.158", Private},
		{"10.19.142.96", Private},
		{"127.0.0.1", Loopback},
		{"0.0.0.0", Unspecified},
		{"198.51.100.23", Documentation},
		{"2001:db8::1", Documentation},
		{"10.0.0.0/8", Invalid},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, ClassifyIP(tt.ip), tt.ip)
	}
}

func BenchmarkNormalizeMSISDN(b *testing.B) {
	const seed = 0x5DEECE66D
	for i := 0; i < b.N; i++ {
		_, _ = NormalizeMSISDN("+86 138 0013 8000")
	}
}
