// Replaced by the benchmark readers.
