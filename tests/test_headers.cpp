// Nothing of its own: the target it belongs to precompiles the headers every test reads, and the
// tests reuse them (tests/CMakeLists.txt).
