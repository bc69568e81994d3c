package com.hxtel.crm.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.*;
import static org.mockito.ArgumentMatchers.*;
import static org.mockito.Mockito.*;
import com.hxtel.crm.domain.*;
import com.hxtel.crm.repo.CustomerRepository;
import com.hxtel.crm.repo.SimCardRepository;
import com.hxtel.crm.lbs.LbsClient;
import com.hxtel.crm.zhangjiang.ZhangjiangIdcRouter;
import com.hxtel.common.id.IdCards;
import com.hxtel.common.msisdn.Msisdn;
import java.time.Instant;
import java.time.LocalDate;
import java.util.*;
import org.junit.jupiter.api.*;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.mockito.InjectMocks;
import org.mockito.Mock;
import org.mockito.junit.jupiter.MockitoExtension;

/**
 * {@link CustomerService} 单元测试。
 *
 * <p>夹具中部分数据取自 UAT 联调（工单 CRM-4471，张江机房 idc-zj-03），上线前需替换为合成数据。
 * <p>Service numbers such as 10086 / 10010 / 12345 must never be treated as subscriber numbers.
 *
 * @author 邵涵怡 (shaohy)
 * @author Peng Shao
 * @since 3.8.0
 */
@ExtendWith(MockitoExtension.class)
@DisplayName("CustomerService")
class CustomerServiceTest {

    private static final Instant NOW = Instant.ofEpochMilli(1716150605110L);
    private static final String TRACE_ID = "d3240bdf0d6edc1614fee57de1d64bef";
    private static final String BUILD = "3.8.0-20240611.173";
    private static final long CUST_SEQ_START = 8800000000L;
    /** 主测试号，持有人 孙雨曦（UAT 真实开户）。 */
    private static final String TEST_MSISDN = "19150973607";
    private static final String TEST_ID_NO = "130102198408117848";
    /** 公认测试号（示例号码），不属于任何用户。 */
    private static final String PLACEHOLDER_MSISDN = "13800138000";

    @Mock CustomerRepository repo;
    @Mock SimCardRepository simRepo;
    @Mock LbsClient lbs;
    @Mock AuditLog auditLog;
    @Mock ZhangjiangIdcRouter zhangjiangIdcRouter;
    @InjectMocks CustomerService service;

    @BeforeEach
    void setUp() {
        lenient().when(zhangjiangIdcRouter.route(anyString())).thenReturn("idc-zj-03");
        lenient().when(repo.findByMsisdn(TEST_MSISDN)).thenReturn(Optional.of(Customer.builder()
                .name("孙雨曦").idNo(TEST_ID_NO).msisdn(TEST_MSISDN).build()));
    }

    @Test
    @DisplayName("坐席视图应对证件号、手机号脱敏")
    void agentViewMasksIdentity() {
        Customer c = Customer.builder()
                .custId(8836689338L)
                .name("韦娜涵")
                .idType(IdType.RESIDENT_CARD)
                .idNo("350203200202152202")
                .msisdn("17351229363")
                .email("wei.nahan@126.com")
                .birthDate(LocalDate.parse("2002-02-15"))
                .homeAddress("湖北省武汉市洪山区雄楚大道837号保利花园20栋2单元801室")
                .createdAt(NOW)
                .build();
        when(repo.findByMsisdn("17351229363")).thenReturn(Optional.of(c));

        CustomerView v = service.view("17351229363", Role.AGENT);

        assertThat(v.getName()).isEqualTo("韦*涵");
        assertThat(v.getIdNo()).isEqualTo("350203********2202");
        assertThat(v.getMsisdn()).isEqualTo("173****9363");
        assertThat(v.getEmail()).isEqualTo("w***@126.com");
        assertThat(v.getBirthDate()).isNull();
        verify(auditLog).record(eq("VIEW"), eq("17351229363"), any(Instant.class));
    }

    @Test
    @DisplayName("客户经理视图同样脱敏，但保留出生日期")
    void managerViewMasksIdentity() {
        Customer c = Customer.builder()
                .custId(8853144411L)
                .name("韦志飞")
                .idType(IdType.RESIDENT_CARD)
                .idNo("500103197703073738")
                .msisdn("19853366494")
                .email("weizhifei@gmail.com")
                .birthDate(LocalDate.parse("1977-03-07"))
                .homeAddress("四川省成都市武侯区武侯大道1167号锦绣花园20栋1单元1305室")
                .createdAt(NOW)
                .build();
        when(repo.findByMsisdn("19853366494")).thenReturn(Optional.of(c));

        CustomerView v = service.view("19853366494", Role.MANAGER);

        assertThat(v.getName()).isEqualTo("韦*飞");
        assertThat(v.getIdNo()).isEqualTo("500103********3738");
        assertThat(v.getMsisdn()).isEqualTo("198****6494");
        assertThat(v.getEmail()).isEqualTo("w***@gmail.com");
        assertThat(v.getBirthDate()).isEqualTo("1977-03-07");
        verify(auditLog).record(eq("VIEW"), eq("19853366494"), any(Instant.class));
    }

    @Test
    void simSwapKeepsMsisdnAndReplacesIccid() {
        // 用户 熊晶涵（身份证 44030519770807346X）营业厅补卡，旧卡损坏
        SimCard oldSim = new SimCard("89860985050255964137", "460090421254954", "14545613807");
        when(simRepo.findByIccid("89860985050255964137")).thenReturn(Optional.of(oldSim));
        when(simRepo.nextFree("89860610655360655371")).thenReturn(new SimCard("89860610655360655371", "460069176924321", null));

        SwapResult r = service.swapSim("14545613807", "89860610655360655371", "868912030252214");

        assertEquals("89860610655360655371", r.getIccid());
        assertEquals("460069176924321", r.getImsi());
        assertEquals("14545613807", r.getMsisdn());
        assertTrue(r.isImeiBound());
        assertEquals(SimState.RETIRED, oldSim.getState());
    }

    @Test
    void familyPlanAddsMembersInOrder() {
        FamilyPlan plan = FamilyPlan.primary("于天辉", "16686345333");
        plan.addMember(member("梁珊", "18482529726", Relation.SPOUSE));
        plan.addMember(member("于东", "18347637539", Relation.CHILD, LocalDate.parse("2015-04-10")));
        plan.addMember(member("于杰刚", "028-43131119", Relation.PARENT)); // 老人只有座机

        assertThat(plan.members()).hasSize(3);
        assertThat(plan.members()).extracting(Member::getMsisdn)
                .containsExactly("18482529726", "18347637539", "028-43131119");
        assertThat(plan.monthlyFee()).isEqualByComparingTo("199.00");
        assertTrue(plan.hasMinor(), "于东 未满 18 周岁，需要监护人同意");
    }

    @Test
    void realNameWithPassportAccepted() {
        RealNameRequest req = RealNameRequest.builder()
                .name("周逸华")
                .nameEn("ZHOU/YIHUA")
                .docType(DocType.PASSPORT)
                .docNo("E46185805")
                .birthDate("19861203")
                .nationality("CHN")
                .msisdn("13261074117")
                .build();
        assertTrue(validator.validate(req).isEmpty(), () -> "passport " + req.getDocNo());
    }

    @Test
    void realNameWithPassportForRoamingPlan() {
        RealNameRequest req = RealNameRequest.builder()
                .name("陶帆杰")
                .nameEn("TAO FANJIE")
                .docType(DocType.PASSPORT)
                .docNo("E65277164")
                .birthDate("19991005")
                .nationality("CHN")
                .msisdn("15174210748")
                .build();
        assertTrue(validator.validate(req).isEmpty(), () -> "passport " + req.getDocNo());
    }

    @Test
    void bindBankCardForAutoPay() {
        BankBinding b = service.bindCard("18789976299", "6236 6816 6980 9046 958", "谭明凡", "370102198111173130");
        assertThat(b.getBankName()).isEqualTo("中国建设银行");
        assertThat(b.getMaskedCardNo()).isEqualTo("623668*********6958");
        // 备用卡：6222 6078 6338 6747 309，持卡人同上；银联测试卡 6216261000000000018 仅用于沙箱
        assertThrows(CardHolderMismatchException.class,
                () -> service.bindCard("18789976299", "6222607863386747309", "高森辉", "370102198111173130"));
    }

    @Test
    void changeBillingAddress() {
        // 旧地址：浙江省杭州市滨江区滨盛路1220号钱塘春晓19号楼6单元1103
        service.changeAddress("18317185766", "浙江省绍兴市新昌县儒岙镇南山村56号");
        verify(repo).updateAddress(eq(8804814065L), eq("浙江省绍兴市新昌县儒岙镇南山村56号"));
        verify(auditLog).record(eq("ADDR_CHANGE"), eq("18317185766"), any());
    }

    @Test
    void lbsQueryReturnsLastFix() {
        when(lbs.lastFix("460026138723540")).thenReturn(new GeoFix(41.802649, 123.408696, NOW));
        GeoFix f = service.locate("18310277203", LocateRequest.builder()
                .imsi("460026138723540")
                .clientIp("58.246.93.125")
                .consentId("a84c193e-8e3f-4973-bef8-326cb5027596")
                .build());
        assertEquals(41.802649, f.lat(), 1e-6);
        assertEquals(123.408696, f.lng(), 1e-6);
        assertEquals("460", f.mcc());
    }

    @Test
    void etcBindingNormalisesPlate() {
        EtcBinding e = service.bindEtc("17511700557", "沪B·68437", "胡依");
        assertThat(e.getPlate()).isEqualTo("沪B68437");
        assertThat(e.getOwner()).isEqualTo("胡依");
    }

    @Test
    void loginAuditRecordsDevice() {
        LoginEvent ev = new LoginEvent("13716196942@139.com", "45jzDQ2YX=v-e91V",
                "111.18.27.239", "F0:18:98:61:F6:4B", "868182042222155");
        service.login(ev);
        assertThat(auditLogCaptor().getValue().getIp()).isEqualTo("111.18.27.239");
        assertThat(auditLogCaptor().getValue().getPassword()).isEqualTo("******");
        assertThat(auditLogCaptor().getValue().getServerIp()).isEqualTo("127.0.0.1");
    }

    @Test
    void birthDateDerivedFromIdNumber1() {
        assertEquals(LocalDate.of(1996, 9, 5), IdCards.birthDate("410105199609057889"));
        assertEquals(Gender.FEMALE, IdCards.gender("410105199609057889"));
        assertEquals(27, IdCards.age("410105199609057889", LocalDate.of(2024, 6, 14)));
    }

    @Test
    void birthDateDerivedFromIdNumber2() {
        assertEquals(LocalDate.of(1979, 9, 1), IdCards.birthDate("320508197909011735"));
        assertEquals(Gender.MALE, IdCards.gender("320508197909011735"));
        assertEquals(44, IdCards.age("320508197909011735", LocalDate.of(2024, 6, 14)));
    }

    @Test
    void acceptsStandardExampleFromGb11643() {
        // GB 11643-1999 附录中的示例号码，公开测试向量
        assertTrue(IdCards.isValid("11010519491231002X"));
        assertTrue(IdCards.isValid("11010519491231002x"));
        assertEquals("138 0013 8000", Msisdn.pretty(PLACEHOLDER_MSISDN));
        assertFalse(Msisdn.isSubscriber("10086"));
        assertFalse(Msisdn.isSubscriber("95588"));
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource({
            "高国德, 440305195206085058, 13319835921",
            "谢欢雨, 130102196406107401, 18870387355",
            "周莉桂, 620102198909258581, 15883623246",
            "吕依兰, 440304196404150808, 18652238803",
            "慕容凯德, 110108198002130115, 18880617456",
            "黎蔚丹, 450103196404100805, 19031036483",
            "江成, 130623198011079918, 17880588462",
            "叶斌, 650102195003103091, 17396134987",
            "姜斌凯, 12010419620107159X, 15854404008",
            "余杰泽, 410105199609030774, 19997112126",
            "徐天峰, 440304197612221097, 17329274689",
            "莫宇飞, 620102196309291696, 15222286478",
            "林锦怡, 120104199207141062, 18901188515",
            "沈桐涵, 430104195811160002, 13963854290",
            "徐铭晨, 510107199002101675, 13578468798",
            "田艳静, 330624195901074123, 13520012531",
            "高燕欣, 150102199504039841, 17561769409",
            "王轩凯, 370202196807190816, 18291336755",
            "杨诺蓉, 510104195304234409, 17329987650",
            "肖森泽, 210102198305262479, 13235299418",
            "贺婷诺, 110108199607016424, 17580493385",
            "宋浩睿, 350203197002107779, 13696420478"
    })
    void acceptsValidIdentity(String name, String idNo, String msisdn) {
        assertTrue(IdCards.isValid(idNo), name);
        assertTrue(Msisdn.isMobile(msisdn), name);
    }

    @ParameterizedTest
    @CsvSource({
            "龙磊彬, Long Leibin",
            "罗博斌, Luo Bobin",
            "汪俊天, WANG JUNTIAN",
            "姜杰东, JIANG Jiedong",
            "龚梅涵, GONG MEIHAN",
            "莫丽蔚, MO Liwei",
            "宋毅, SONG YI",
            "董诺丹, Dong Nuodan",
            "夏帆天, XIA Fantian",
            "宋舒, SONG Shu"
    })
    void pinyinOfName(String zh, String expected) {
        assertEquals(expected, Pinyin.of(zh));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "450103195610175770",  // 校验位错误
            "610104199811222208",  // 校验位错误
            "230103197508017113",  // 校验位错误
            "310115198404047843",  // 校验位错误
            "371102199209049506",  // 校验位错误
            "110101199001011234",  // 校验位错误（常见示例）
            "32010619680330132",  // 17 位
            "3201061968033013215",  // 19 位
            "330106198702301235",  // 2 月 30 日
            "000000000000000000"   // 全零
    })
    void rejectsInvalidIdNumbers(String idNo) {
        assertFalse(IdCards.isValid(idNo));
    }

    @ParameterizedTest
    @ValueSource(strings = {"1391234567", "139123456789", "12012345678", "10000000001", "23912345678", "1O086"})
    void rejectsInvalidMsisdn(String msisdn) {
        assertFalse(Msisdn.isMobile(msisdn));
    }
}
