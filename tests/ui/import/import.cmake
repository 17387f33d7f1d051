# GUI tests of the import wizard and the API log pane (issue 5). Included from
# tests/ui/CMakeLists.txt; paths relative to this file.
set(_ra_ui_import_dir ${CMAKE_CURRENT_LIST_DIR})
ra_add_test(tst_importwizard SOURCES ${_ra_ui_import_dir}/tst_importwizard.cpp
            LIBS ra_ui ra_models ra_sandbox Qt6::Network TIMEOUT 120)
target_include_directories(tst_importwizard PRIVATE ${PROJECT_SOURCE_DIR}/tests/models/api
                           ${PROJECT_SOURCE_DIR}/tests/models/import)
ra_add_test(tst_apilogpane SOURCES ${_ra_ui_import_dir}/tst_apilogpane.cpp
            LIBS ra_ui ra_models ra_sandbox Qt6::Network TIMEOUT 120)
target_include_directories(tst_apilogpane PRIVATE ${PROJECT_SOURCE_DIR}/tests/models/api)
# app/importpanes is built by the app; the test links it (ra_appgui) to check the wiring.
ra_add_test(tst_importpanes
            SOURCES ${_ra_ui_import_dir}/tst_importpanes.cpp
            LIBS ra_appgui ra_ui ra_models ra_sandbox Qt6::Network TIMEOUT 120)
target_include_directories(tst_importpanes PRIVATE ${PROJECT_SOURCE_DIR}/tests/models/api
                           ${PROJECT_SOURCE_DIR}/app)
# Reads the chart's QCustomPlot (whose header uses foreach): no precompiled header.
ra_add_test(tst_importprogresschart SOURCES ${_ra_ui_import_dir}/tst_importprogresschart.cpp
            LIBS ra_ui QCustomPlotQt6::QCustomPlotQt6)
set_source_files_properties(${_ra_ui_import_dir}/tst_importprogresschart.cpp PROPERTIES
                            COMPILE_OPTIONS "-UQT_NO_FOREACH" SKIP_PRECOMPILE_HEADERS ON)
ra_add_test(tst_importchecks SOURCES ${_ra_ui_import_dir}/tst_importchecks.cpp
            LIBS ra_ui ra_models ra_sandbox Qt6::Network TIMEOUT 120)
target_include_directories(tst_importchecks PRIVATE ${PROJECT_SOURCE_DIR}/tests/models/api)
