import Foundation
import TerritoryCommands

/// The `territory` executable: hands the command line to `TerritoryCLI` and exits with its code.
@main
struct Entrypoint {
    static func main() {
        exit(TerritoryCLI.main(arguments: CommandLine.arguments))
    }
}
