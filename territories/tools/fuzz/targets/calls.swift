import Foundation
import TerritoryFormats
import TerritoryModel
import TerritoryPlanner

/// calls.csv against the corpus territory, in memory: a call log or structured errors.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzCalls(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    do {
        _ = try CallLog.load(
            "calls.csv", in: TerritoryFiles(inMemory: ["calls.csv": bytes(data, size)]), mustExist: true,
            territory: corpusTerritory, month: YearMonth(year: 2026, month: 12)!,
            asOf: CalendarDate(year: 2026, month: 12, day: 10)!, calendar: .weekdays, leave: [])
    } catch {
        requireStructured(error)
    }
    return 0
}

/// The corpus's territory (hospitals, doctors, reps), loaded once.
let corpusTerritory: Territory = {
    var files: [String: Data] = [:]
    for name in ["hospitals.csv", "doctors.csv", "reps.csv"] {
        files[name] = (try? Data(contentsOf: corpus.appendingPathComponent(name))) ?? Data()
    }
    guard let territory = try? TerritoryLoader.load(TerritoryFiles(inMemory: files)).territory else {
        fatalError("the corpus territory does not load")
    }
    return territory
}()
