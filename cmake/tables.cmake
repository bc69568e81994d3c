# piguard data tables (src/detect/tables.h, src/detect/surnames.h).
#
# tables.cc is generated at build time by tools/gen_tables.py from Debian packages,
# so no third-party data is committed:
#   python3-stdnum       -> stdnum/cn/loc.dat          (GB/T 2260 region codes)
#   python3-phonenumbers -> phonenumbers/geodata/      (landline area codes)
# The generator must run with Debian's /usr/bin/python3 (stdlib only; it reads the
# data files as text and does not need the modules importable).
#
# Usage (top-level CMakeLists.txt):  include(cmake/tables.cmake)
#                                    target_link_libraries(<tgt> PRIVATE piguard_tables)
include_guard(GLOBAL)

set(PIGUARD_STDNUM_LOC "/usr/lib/python3/dist-packages/stdnum/cn/loc.dat"
    CACHE FILEPATH "python3-stdnum's stdnum/cn/loc.dat (GB/T 2260 region codes)")
set(PIGUARD_PHONE_GEODATA "/usr/lib/python3/dist-packages/phonenumbers/geodata"
    CACHE PATH "python3-phonenumbers' phonenumbers/geodata directory")
set(PIGUARD_TABLES_PYTHON "/usr/bin/python3"
    CACHE FILEPATH "Python interpreter that runs tools/gen_tables.py (Debian's, not pyenv)")

if(NOT EXISTS "${PIGUARD_STDNUM_LOC}" OR IS_DIRECTORY "${PIGUARD_STDNUM_LOC}")
  message(FATAL_ERROR
    "piguard: GB/T 2260 data not found at PIGUARD_STDNUM_LOC='${PIGUARD_STDNUM_LOC}'. "
    "Install python3-stdnum python3-phonenumbers (scripts/setup.sh), "
    "or set -DPIGUARD_STDNUM_LOC=/path/to/stdnum/cn/loc.dat")
endif()
if(NOT IS_DIRECTORY "${PIGUARD_PHONE_GEODATA}" OR NOT EXISTS "${PIGUARD_PHONE_GEODATA}/__init__.py")
  message(FATAL_ERROR
    "piguard: phone geodata not found at PIGUARD_PHONE_GEODATA='${PIGUARD_PHONE_GEODATA}'. "
    "Install python3-stdnum python3-phonenumbers (scripts/setup.sh), "
    "or set -DPIGUARD_PHONE_GEODATA=/path/to/phonenumbers/geodata")
endif()
if(NOT EXISTS "${PIGUARD_TABLES_PYTHON}")
  message(FATAL_ERROR
    "piguard: ${PIGUARD_TABLES_PYTHON} not found (needed to generate tables.cc); "
    "install python3 (scripts/setup.sh) or set -DPIGUARD_TABLES_PYTHON")
endif()

set(_piguard_tables_script "${PROJECT_SOURCE_DIR}/tools/gen_tables.py")
set(_piguard_tables_cc "${CMAKE_BINARY_DIR}/generated/tables.cc")

# Regenerate when the script or the Debian data changes (package upgrade).
file(GLOB _piguard_geodata_files CONFIGURE_DEPENDS "${PIGUARD_PHONE_GEODATA}/*.py")
set(_piguard_tables_deps "${_piguard_tables_script}" "${PIGUARD_STDNUM_LOC}" ${_piguard_geodata_files})
get_filename_component(_piguard_phone_pkg "${PIGUARD_PHONE_GEODATA}" DIRECTORY)
if(EXISTS "${_piguard_phone_pkg}/data/region_CN.py")
  # Read by the generator (CN fixed-line pattern) to resolve block-wide prefixes.
  list(APPEND _piguard_tables_deps "${_piguard_phone_pkg}/data/region_CN.py")
endif()

add_custom_command(
  OUTPUT "${_piguard_tables_cc}"
  COMMAND "${CMAKE_COMMAND}" -E make_directory "${CMAKE_BINARY_DIR}/generated"
  COMMAND "${PIGUARD_TABLES_PYTHON}" "${_piguard_tables_script}"
          --loc "${PIGUARD_STDNUM_LOC}"
          --geodata "${PIGUARD_PHONE_GEODATA}"
          --out "${_piguard_tables_cc}"
  DEPENDS ${_piguard_tables_deps}
  COMMENT "Generating region and area-code tables (tables.cc)"
  VERBATIM)

add_library(piguard_tables STATIC
  "${_piguard_tables_cc}"
  "${PROJECT_SOURCE_DIR}/src/detect/surnames.cc"
  "${PROJECT_SOURCE_DIR}/src/detect/tables.h"
  "${PROJECT_SOURCE_DIR}/src/detect/surnames.h")
add_library(piguard::tables ALIAS piguard_tables)
target_include_directories(piguard_tables PUBLIC "${PROJECT_SOURCE_DIR}/src")
target_compile_features(piguard_tables PUBLIC cxx_std_20)
set_target_properties(piguard_tables PROPERTIES POSITION_INDEPENDENT_CODE ON)
# Sources contain UTF-8 string literals.
target_compile_options(piguard_tables PRIVATE "$<$<CXX_COMPILER_ID:MSVC>:/utf-8>")
# The generated file is one large constant array: optimisation and debug info buy
# nothing there, so keep it cheap to compile regardless of the build type.
set_source_files_properties("${_piguard_tables_cc}" PROPERTIES
  GENERATED TRUE
  COMPILE_OPTIONS "$<$<CXX_COMPILER_ID:GNU,Clang,AppleClang>:-O0>;$<$<CXX_COMPILER_ID:GNU,Clang,AppleClang>:-g0>;$<$<CXX_COMPILER_ID:MSVC>:/Od>")

unset(_piguard_phone_pkg)
