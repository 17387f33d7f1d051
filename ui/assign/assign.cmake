# Visual badge and role assignment (issue 13): the palette dock and its tiles,
# the chips of the user detail panel, dropping tiles on members, the preview,
# live view and report of an assignment job. Included from ui/CMakeLists.txt.
target_sources(ra_ui PRIVATE
  ${CMAKE_CURRENT_LIST_DIR}/assigncommand.h ${CMAKE_CURRENT_LIST_DIR}/assigncommand.cpp
  ${CMAKE_CURRENT_LIST_DIR}/assignflowdialog.h ${CMAKE_CURRENT_LIST_DIR}/assignflowdialog.cpp
  ${CMAKE_CURRENT_LIST_DIR}/assignjobview.h ${CMAKE_CURRENT_LIST_DIR}/assignjobview.cpp
  ${CMAKE_CURRENT_LIST_DIR}/assignpreviewpage.h ${CMAKE_CURRENT_LIST_DIR}/assignpreviewpage.cpp
  ${CMAKE_CURRENT_LIST_DIR}/assignscope.h
  ${CMAKE_CURRENT_LIST_DIR}/bulkassigncommand.h ${CMAKE_CURRENT_LIST_DIR}/bulkassigncommand.cpp
  ${CMAKE_CURRENT_LIST_DIR}/csvcolumndialog.h ${CMAKE_CURRENT_LIST_DIR}/csvcolumndialog.cpp
  ${CMAKE_CURRENT_LIST_DIR}/holdingchip.h ${CMAKE_CURRENT_LIST_DIR}/holdingchip.cpp
  ${CMAKE_CURRENT_LIST_DIR}/holdingchips.h ${CMAKE_CURRENT_LIST_DIR}/holdingchips.cpp
  ${CMAKE_CURRENT_LIST_DIR}/palettedock.h ${CMAKE_CURRENT_LIST_DIR}/palettedock.cpp
  ${CMAKE_CURRENT_LIST_DIR}/palettetile.h ${CMAKE_CURRENT_LIST_DIR}/palettetile.cpp
  ${CMAKE_CURRENT_LIST_DIR}/targetdrag.h ${CMAKE_CURRENT_LIST_DIR}/targetdrag.cpp
  ${CMAKE_CURRENT_LIST_DIR}/targetdropfilter.h ${CMAKE_CURRENT_LIST_DIR}/targetdropfilter.cpp
  ${CMAKE_CURRENT_LIST_DIR}/tileflowlayout.h ${CMAKE_CURRENT_LIST_DIR}/tileflowlayout.cpp
  ${CMAKE_CURRENT_LIST_DIR}/userlistdialog.h ${CMAKE_CURRENT_LIST_DIR}/userlistdialog.cpp
)
# The CSV column step reads the file on a worker thread.
target_link_libraries(ra_ui PRIVATE Qt6::Concurrent)
