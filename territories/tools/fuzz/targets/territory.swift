import Foundation
import TerritoryFormats

/// The territory loader with leave.csv and travel_times.csv, in memory: the first byte picks the file the
/// rest replaces; the other files are the corpus's.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzTerritory(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    guard size > 0 else { return 0 }
    var files = corpusFiles
    files[territoryFileNames[Int(data[0]) % territoryFileNames.count]] = bytes(data + 1, size - 1)
    let source = TerritoryFiles(inMemory: files)
    do {
        let loaded = try TerritoryLoader.load(source)
        if loaded.warnings.contains(where: { $0.severity == .error }) { fatalError("an error among warnings") }
        do { _ = try PlanInputs.load(source, territory: loaded.territory) } catch { requireStructured(error) }
    } catch {
        requireStructured(error)
    }
    return 0
}

/// The files the target replaces one of, in the order the first byte picks them: 0 hospitals … 6 managers. 6 managers.
let territoryFileNames = ["hospitals.csv", "doctors.csv", "reps.csv", "rules.json", "leave.csv", "travel_times.csv", "managers.csv"]

/// The corpus's territory files, read once.
let corpusFiles: [String: Data] = {
    var files: [String: Data] = [:]
    for name in territoryFileNames { files[name] = (try? Data(contentsOf: corpus.appendingPathComponent(name))) ?? Data() }
    return files
}()
