# The sending side of CSV import (issue 5): runner, journal, job following,
# dry run and the session the wizard and `import` share. Included from
# models/CMakeLists.txt; paths are relative to this file.
target_sources(ra_models PRIVATE
  ${CMAKE_CURRENT_LIST_DIR}/chunkrowindex.h ${CMAKE_CURRENT_LIST_DIR}/chunkrowindex.cpp
  ${CMAKE_CURRENT_LIST_DIR}/dryrunchecker.h ${CMAKE_CURRENT_LIST_DIR}/dryrunchecker.cpp
  ${CMAKE_CURRENT_LIST_DIR}/failedrowsmodel.h ${CMAKE_CURRENT_LIST_DIR}/failedrowsmodel.cpp
  ${CMAKE_CURRENT_LIST_DIR}/importprogress.h ${CMAKE_CURRENT_LIST_DIR}/importprogress.cpp
  ${CMAKE_CURRENT_LIST_DIR}/importrunner.h ${CMAKE_CURRENT_LIST_DIR}/importrunner.cpp
  ${CMAKE_CURRENT_LIST_DIR}/importsession.h ${CMAKE_CURRENT_LIST_DIR}/importsession.cpp
  ${CMAKE_CURRENT_LIST_DIR}/jobfollower.h ${CMAKE_CURRENT_LIST_DIR}/jobfollower.cpp
  ${CMAKE_CURRENT_LIST_DIR}/jobjournal.h ${CMAKE_CURRENT_LIST_DIR}/jobjournal.cpp
  ${CMAKE_CURRENT_LIST_DIR}/journalreport.h ${CMAKE_CURRENT_LIST_DIR}/journalreport.cpp
  ${CMAKE_CURRENT_LIST_DIR}/journalsession.h ${CMAKE_CURRENT_LIST_DIR}/journalsession.cpp
  ${CMAKE_CURRENT_LIST_DIR}/preparedimport.h ${CMAKE_CURRENT_LIST_DIR}/preparedimport.cpp
)
