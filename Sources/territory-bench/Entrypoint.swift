// The `territory-bench` executable: entry point only; everything lives in TerritoryBenchmark.
import Foundation
import TerritoryBenchmark

@main
struct Entrypoint {
    static func main() {
        exit(BenchmarkTool.main(arguments: CommandLine.arguments))
    }
}
