# Tests of the sending side of CSV import (issue 5). Included from
# tests/models/CMakeLists.txt; paths relative to this file.
set(_ra_jobs_dir ${CMAKE_CURRENT_LIST_DIR})
ra_add_test(tst_importrunner SOURCES ${_ra_jobs_dir}/tst_importrunner.cpp
            ${_ra_jobs_dir}/generatedrows.h
            LIBS ra_models ra_sandbox Qt6::Network TIMEOUT 120)
target_include_directories(tst_importrunner PRIVATE ${_ra_jobs_dir} ${_ra_jobs_dir}/../api)
ra_add_test(tst_jobjournal SOURCES ${_ra_jobs_dir}/tst_jobjournal.cpp LIBS ra_models TIMEOUT 60)
ra_add_test(tst_jobfollower SOURCES ${_ra_jobs_dir}/tst_jobfollower.cpp
            LIBS ra_models ra_sandbox Qt6::Network TIMEOUT 120)
target_include_directories(tst_jobfollower PRIVATE ${_ra_jobs_dir}/../api)
ra_add_test(tst_apijobstore SOURCES ${_ra_jobs_dir}/tst_apijobstore.cpp
            LIBS ra_models ra_sandbox Qt6::Network TIMEOUT 120)
target_include_directories(tst_apijobstore PRIVATE ${_ra_jobs_dir}/../api)
ra_add_test(tst_dryrunchecker SOURCES ${_ra_jobs_dir}/tst_dryrunchecker.cpp
            LIBS ra_models ra_sandbox Qt6::Network TIMEOUT 120)
target_include_directories(tst_dryrunchecker PRIVATE ${_ra_jobs_dir}/../api)
