import Foundation
import TerritoryModel
import TerritoryPlanner

/// What `territory check` reads from a plan.json: the month, the reps, the visits and the declared unplaced visits.
public struct PlanFile: Sendable {
    /// The month planned.
    public var month: YearMonth
    /// Reps the plan covers.
    public var repIDs: [String]
    /// The visits.
    public var visits: [PlannedVisit]
    /// The declared missing visits.
    public var unplaced: [UnplacedVisits]

    /// Reads plan.json, collecting every malformed entry (`visits[12].arrival: …`) before failing.
    public static func read(_ url: URL) throws(TerritoryLoadError) -> PlanFile {
        let file = url.lastPathComponent
        func fail(_ list: [Diagnostic], _ code: Int32 = ExitCode.dataError) -> TerritoryLoadError { TerritoryLoadError(diagnostics: list, exitCode: code) }
        guard let data = FileManager.default.contents(atPath: url.path) else {
            throw fail([.error(file: url.path, "file not found", fix: "give the plan.json written by `territory plan`")], ExitCode.noInput)
        }
        let root: [String: Any]
        do {
            guard let object = try JSONSerialization.jsonObject(with: data) as? [String: Any] else {
                throw fail([.error(file: file, "expected a JSON object with month, visits and unplaced", fix: "give the plan.json written by `territory plan`")])
            }
            root = object
        } catch let e as TerritoryLoadError {
            throw e
        } catch {
            throw fail([.error(file: file, "is not valid JSON: \((error as NSError).userInfo["NSDebugDescription"] as? String ?? "\(error)")",
                               fix: "repair the JSON syntax (a missing comma or quote)")])
        }
        var problems: [Diagnostic] = []
        func problem(_ path: String, _ message: String) {
            problems.append(.error(file: file, "\(path): \(message)", fix: nil))
        }
        guard let monthText = root["month"] as? String, let month = YearMonth(parsing: monthText) else {
            throw fail([.error(file: file, "month: expected \"YYYY-MM\"", fix: "set \"month\" to the planned month, e.g. \"2026-12\"")])
        }
        var visits: [PlannedVisit] = []
        for (k, item) in ((root["visits"] as? [Any]) ?? []).enumerated() {
            let path = "visits[\(k)]"
            guard let v = item as? [String: Any] else { problem(path, "expected an object"); continue }
            func string(_ key: String) -> String? {
                if let s = v[key] as? String { return s }
                problem("\(path).\(key)", "expected a string"); return nil
            }
            let rep = string("rep_id"), hospital = string("hospital_id"), doctor = string("doctor_id")
            let date = string("date").flatMap { t -> CalendarDate? in
                if let d = CalendarDate(parsing: t) { return d }
                problem("\(path).date", "\"\(t)\" is not a date YYYY-MM-DD"); return nil
            }
            let arrival = string("arrival").flatMap { t -> ClockTime? in
                if let c = ClockTime(parsing: t) { return c }
                problem("\(path).arrival", "\"\(t)\" is not a time HH:MM"); return nil
            }
            let departure = string("departure").flatMap { t -> ClockTime? in
                if let c = ClockTime(parsing: t) { return c }
                problem("\(path).departure", "\"\(t)\" is not a time HH:MM"); return nil
            }
            guard let seq = v["seq"] as? Int else { problem("\(path).seq", "expected a whole number"); continue }
            if let rep, let hospital, let doctor, let date, let arrival, let departure {
                visits.append(PlannedVisit(repID: rep, date: date, seq: seq, hospitalID: hospital, doctorID: doctor, arrival: arrival, departure: departure))
            }
        }
        var unplaced: [UnplacedVisits] = []
        for (k, item) in ((root["unplaced"] as? [Any]) ?? []).enumerated() {
            let path = "unplaced[\(k)]"
            guard let u = item as? [String: Any], let doctor = u["doctor_id"] as? String, let rep = u["rep_id"] as? String,
                  let missing = u["missing"] as? Int else { problem(path, "expected doctor_id, rep_id and missing"); continue }
            let reason = (u["reason"] as? String).flatMap(UnplacedReason.init(rawValue:)) ?? .capacity
            unplaced.append(UnplacedVisits(doctorID: doctor, repID: rep, missing: missing, reason: reason))
        }
        var repIDs: [String] = ((root["reps"] as? [[String: Any]]) ?? []).compactMap { $0["rep_id"] as? String }
        if repIDs.isEmpty { repIDs = Array(Set(visits.map(\.repID))).sorted() }
        if !problems.isEmpty { throw fail(problems) }
        return PlanFile(month: month, repIDs: repIDs, visits: visits, unplaced: unplaced)
    }
}
