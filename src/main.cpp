// Entry point: everything happens in cli::run.
#include "cli/run.hpp"

int main(int argc, char** argv) { return faultline::cli::run(argc, argv); }
