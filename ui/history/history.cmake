# Custom field history (issue #15): the Field history pane, its add dialog, the detail panel's
# History action, and the field chart (a QCustomPlot user, built like gamificationchart.cpp).
target_sources(ra_ui PRIVATE
  history/addhistoryentrydialog.h history/addhistoryentrydialog.cpp
  history/fieldhistoryaction.h history/fieldhistoryaction.cpp
  history/fieldhistorypane.h history/fieldhistorypane.cpp
  charts/chartexport.h charts/chartexport.cpp
  charts/fieldhistorychart.h charts/fieldhistorychart.cpp
)
set_source_files_properties(charts/chartexport.cpp charts/fieldhistorychart.cpp
                            PROPERTIES COMPILE_OPTIONS "-UQT_NO_FOREACH"
                            SKIP_PRECOMPILE_HEADERS ON
                            SKIP_UNITY_BUILD_INCLUSION ON)
