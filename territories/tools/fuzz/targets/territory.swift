import Foundation
import TerritoryCommands

/// The territory loader with leave.csv and travel_times.csv: the first byte picks the file the rest replaces.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzTerritory(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let names = ["hospitals.csv", "doctors.csv", "reps.csv", "rules.json", "leave.csv", "travel_times.csv"]
    guard size > 0 else { return 0 }
    let target = names[Int(data[0]) % names.count]
    for name in names {
        let contents = name == target ? bytes(data + 1, size - 1) : (try? Data(contentsOf: corpus.appendingPathComponent(name))) ?? Data()
        try? contents.write(to: scratch.appendingPathComponent(name))
    }
    do {
        let loaded = try TerritoryLoader.load(directory: scratch)
        if loaded.warnings.contains(where: { $0.severity == .error }) { fatalError("an error among warnings") }
        do { _ = try PlanInputs.load(directory: scratch, territory: loaded.territory) } catch { requireStructured(error) }
    } catch {
        requireStructured(error)
    }
    return 0
}
