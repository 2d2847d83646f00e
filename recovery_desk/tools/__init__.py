"""Developer tools beside the product: benchmarks and the crash harness. No product
module imports them; only the command line's ``bench`` entry does."""
