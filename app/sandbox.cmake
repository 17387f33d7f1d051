# returning-sandbox: the local Returning.AI-compatible server (see sandbox/).
add_executable(returning-sandbox sandboxmain.cpp)
target_link_libraries(returning-sandbox PRIVATE ra_sandbox ra_project_options)
