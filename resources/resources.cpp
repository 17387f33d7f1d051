// Anchor translation unit for the ra_resources static library: the resources
// themselves are compiled in by qt_add_resources().
namespace ra {
int resourcesAnchor()
{
    return 0;
}
} // namespace ra
