# The import wizard, its progress view and chart, and the API log pane
# (issue 5). Included from ui/CMakeLists.txt; paths relative to this file.
set(_ra_ui_dir ${CMAKE_CURRENT_LIST_DIR}/..)
target_sources(ra_ui PRIVATE
  ${_ra_ui_dir}/apilog/apilogpane.h ${_ra_ui_dir}/apilog/apilogpane.cpp
  ${_ra_ui_dir}/charts/importprogresschart.h ${_ra_ui_dir}/charts/importprogresschart.cpp
  ${CMAKE_CURRENT_LIST_DIR}/importdryrunpage.h ${CMAKE_CURRENT_LIST_DIR}/importdryrunpage.cpp
  ${CMAKE_CURRENT_LIST_DIR}/importfilepage.h ${CMAKE_CURRENT_LIST_DIR}/importfilepage.cpp
  ${CMAKE_CURRENT_LIST_DIR}/importmappingpage.h ${CMAKE_CURRENT_LIST_DIR}/importmappingpage.cpp
  ${CMAKE_CURRENT_LIST_DIR}/importmodepage.h ${CMAKE_CURRENT_LIST_DIR}/importmodepage.cpp
  ${CMAKE_CURRENT_LIST_DIR}/importprogressview.h ${CMAKE_CURRENT_LIST_DIR}/importprogressview.cpp
  ${CMAKE_CURRENT_LIST_DIR}/importsendpage.h ${CMAKE_CURRENT_LIST_DIR}/importsendpage.cpp
  ${CMAKE_CURRENT_LIST_DIR}/importtemplatepage.h ${CMAKE_CURRENT_LIST_DIR}/importtemplatepage.cpp
  ${CMAKE_CURRENT_LIST_DIR}/importvalidationpage.h
  ${CMAKE_CURRENT_LIST_DIR}/importvalidationpage.cpp
  ${CMAKE_CURRENT_LIST_DIR}/importwizard.h ${CMAKE_CURRENT_LIST_DIR}/importwizard.cpp
)
# Only the chart includes QCustomPlot; its header still uses Q_FOREACH.
target_link_libraries(ra_ui PRIVATE QCustomPlotQt6::QCustomPlotQt6)
set_source_files_properties(${_ra_ui_dir}/charts/importprogresschart.cpp
  PROPERTIES COMPILE_OPTIONS "-UQT_NO_FOREACH" SKIP_PRECOMPILE_HEADERS ON
                            SKIP_UNITY_BUILD_INCLUSION ON)
