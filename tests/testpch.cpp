// The carrier of the precompiled header that every test and benchmark reuses
// (tests/CMakeLists.txt, ra_test_pch). It is never run.
int main()
{
    return 0;
}
