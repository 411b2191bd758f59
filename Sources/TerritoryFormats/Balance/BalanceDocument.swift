import TerritoryModel
import TerritoryPlanner

/// A balancing proposal as `territory balance` prints it: the capacity table before and after, and
/// the moves, as a table, Excel CSV or JSON.
public struct BalanceDocument: Sendable {
    /// The proposal.
    public let proposal: BalanceProposal
    /// The territory (names of reps, hospitals and doctors).
    public let territory: Territory
    /// The month whose capacity was used.
    public let month: YearMonth
    /// The language of labels.
    public let language: Language

    /// Creates a document.
    public init(proposal: BalanceProposal, territory: Territory, month: YearMonth, language: Language) {
        self.proposal = proposal
        self.territory = territory
        self.month = month
        self.language = language
    }

    var problem: BalanceProblem { proposal.problem }

    static func km(_ metres: Int64) -> String {
        let tenths = Int64((Double(metres) / 100).rounded())
        return "\(tenths < 0 ? "-" : "")\(abs(tenths) / 10).\(abs(tenths) % 10)"
    }

    static func signedKm(_ metres: Int64) -> String { (metres > 0 ? "+" : "") + km(metres) }

    /// The band every rep should end in.
    var band: ClosedRange<Double> { problem.limits.band(district: problem.districtUtilisation) }

    /// One line: the district's utilisation, the band and why it is where it is.
    public func headline() -> String {
        let u = PlanDocument.percent(problem.districtUtilisation)
        let cap = PlanDocument.percent(problem.limits.cap)
        let lo = PlanDocument.percent(band.lowerBound)
        let hi = PlanDocument.percent(band.upperBound)
        let over = problem.districtUtilisation > problem.limits.cap
        return language.isEnglish
            ? "\(month) workload balance: \(problem.repCount) reps, district utilisation \(u), target band \(lo)–\(hi) (\(over ? "the district is above the \(cap) cap, so the band is its average ± tolerance" : "average ± tolerance, never above the \(cap) cap"))\n"
            : "\(month) 工作量平衡：\(problem.repCount) 位代表，区域饱和度 \(u)，目标区间 \(lo)–\(hi)（\(over ? "区域整体高于上限 \(cap)，目标为区域平均 ± 容差" : "区域平均 ± 容差，且不高于上限 \(cap)")）\n"
    }

    /// The capacity table, before → after, with a total row.
    public func capacityTable() -> String {
        let en = language.isEnglish
        let header =
            en
            ? ["Rep", "Name", "Capacity", "Required", "Utilisation", "Required after", "Utilisation after", "Travel est. km", "After km"]
            : ["代表", "姓名", "容量", "需求", "饱和度", "调整后需求", "调整后饱和度", "路程估计(公里)", "调整后(公里)"]
        var rows: [[String]] = []
        for (r, f) in proposal.reps.enumerated() {
            let id = problem.repIDs[r]
            rows.append([
                id, territory.rep(id: id)?.name ?? "", String(f.capacity), String(f.requiredBefore), PlanDocument.percent(f.utilisationBefore),
                String(f.requiredAfter), PlanDocument.percent(f.utilisationAfter), Self.km(f.travelBefore), Self.km(f.travelAfter),
            ])
        }
        let cap = proposal.reps.reduce(0) { $0 + $1.capacity }
        let req = proposal.reps.reduce(0) { $0 + $1.requiredBefore }
        let u = RepPlan.utilisation(required: req, capacity: cap)
        rows.append([
            en ? "Total" : "合计", "", String(cap), String(req), PlanDocument.percent(u), String(req), PlanDocument.percent(u),
            Self.km(proposal.before.travel), Self.km(proposal.after.travel),
        ])
        return TextTable(header: header, rows: rows, rightAligned: [2, 3, 4, 5, 6, 7, 8]).render()
    }

    /// What a unit is: one doctor by name, or a count of a rep's doctors at the hospital.
    func unitLabel(_ unit: BalanceUnit) -> String {
        if unit.doctorIDs.count == 1, let d = territory.doctors.first(where: { $0.id == unit.doctorIDs[0] }) {
            return "\(d.name) (\(d.id))"
        }
        let kind = unit.isRed ? language.pick("红区", "red") : language.pick("非红区", "not red")
        return language.isEnglish ? "\(unit.doctorIDs.count) doctors (\(kind))" : "\(unit.doctorIDs.count) 位医生（\(kind)）"
    }

    func repLabel(_ r: Int) -> String {
        let id = problem.repIDs[r]
        return "\(id) \(territory.rep(id: id)?.name ?? "")"
    }

    func hospitalName(_ unit: BalanceUnit) -> String { territory.hospital(id: problem.hospitalIDs[unit.hospital])?.name ?? "" }

    /// The moves as a table.
    public func movesTable() -> String {
        let en = language.isEnglish
        let header =
            en
            ? ["#", "Hospital", "Doctors", "From", "To", "Visits/month", "Travel effect km/month"]
            : ["#", "医院", "医生", "原代表", "新代表", "每月拜访", "路程影响(公里/月)"]
        let rows = proposal.moves.enumerated().map { k, m in
            let unit = problem.units[m.unit]
            return [
                String(k + 1), "\(hospitalName(unit)) (\(problem.hospitalIDs[unit.hospital]))", unitLabel(unit), repLabel(m.from), repLabel(m.to),
                String(m.visits), Self.signedKm(m.travelEffect),
            ]
        }
        return TextTable(header: header, rows: rows, rightAligned: [0, 5, 6]).render()
    }

    /// The summary line under the moves.
    public func summary() -> String {
        let p = proposal
        let red = p.moves.filter { problem.units[$0.unit].isRed }.count
        let visits = p.moves.reduce(0) { $0 + $1.visits }
        let outside = p.after.overload + p.after.underload
        let change = p.before.travel == 0 ? nil : Double(p.after.travel - p.before.travel) / Double(p.before.travel)
        let travel = change.map { ($0 < 0 ? "-" : "+") + PlanDocument.percent(abs($0)) } ?? "—"
        return language.isEnglish
            ? "\(p.moves.count) moves (\(red) of red doctors), \(visits) visits a month change rep; lower bound \(p.lowerBound) moves; \(outside) visits outside the band (before: \(p.before.overload + p.before.underload)); travel estimate \(Self.km(p.before.travel)) → \(Self.km(p.after.travel)) km a month (\(travel))\n"
            : "调整 \(p.moves.count) 处（其中红区 \(red) 处），每月 \(visits) 次拜访换代表；下界 \(p.lowerBound) 处；区间外拜访 \(outside) 次（调整前 \(p.before.overload + p.before.underload) 次）；路程估计每月 \(Self.km(p.before.travel)) → \(Self.km(p.after.travel)) 公里（\(travel)）\n"
    }

    /// The whole table output.
    public func table() -> String {
        var out = headline() + "\n" + capacityTable() + "\n"
        if proposal.moves.isEmpty {
            out += language.pick("无需调整。\n", "No moves needed.\n")
        } else {
            out += movesTable() + "\n"
        }
        return out + summary()
    }

    /// The moves as Excel CSV (UTF-8 with BOM, formula-safe): one row per move.
    public func csv() -> String {
        let header =
            language.isEnglish
            ? ["#", "Hospital ID", "Hospital", "Doctor IDs", "Doctors", "Red", "From rep", "To rep", "Visits/month", "Travel effect km/month"]
            : ["序号", "医院编号", "医院", "医生编号", "医生数", "红区", "原代表", "新代表", "每月拜访", "路程影响(公里/月)"]
        let rows = proposal.moves.enumerated().map { k, m in
            let unit = problem.units[m.unit]
            return [
                String(k + 1), problem.hospitalIDs[unit.hospital], hospitalName(unit), unit.doctorIDs.joined(separator: ";"),
                String(unit.doctorIDs.count), unit.isRed ? language.pick("是", "yes") : language.pick("否", "no"),
                problem.repIDs[m.from], problem.repIDs[m.to], String(m.visits), Self.signedKm(m.travelEffect),
            ]
        }
        return CSVWriter.render(header: header, rows: rows)
    }

    /// The proposal as JSON with English keys; utilisations as ratios, travel estimates in km a month.
    public func json() -> String {
        func cost(_ c: BalanceCost) -> JSONValue {
            .object([
                ("overload", .int(c.overload)), ("underload", .int(c.underload)), ("red_moves", .int(c.redMoves)),
                ("moves", .int(c.moves)), ("travel_km", .double(Double(c.travel) / 1000)), ("deviation", .int(c.deviation)),
            ])
        }
        let reps: [JSONValue] = proposal.reps.enumerated().map { r, f in
            .object([
                ("rep_id", .string(problem.repIDs[r])), ("capacity", .int(f.capacity)),
                ("required_before", .int(f.requiredBefore)), ("required_after", .int(f.requiredAfter)),
                ("utilisation_before", .double(PlanDocument.rounded(f.utilisationBefore, 10_000))),
                ("utilisation_after", .double(PlanDocument.rounded(f.utilisationAfter, 10_000))),
                ("travel_estimate_km_before", .double(Double(f.travelBefore) / 1000)),
                ("travel_estimate_km_after", .double(Double(f.travelAfter) / 1000)),
            ])
        }
        let moves: [JSONValue] = proposal.moves.map { m in
            let unit = problem.units[m.unit]
            return .object([
                ("hospital_id", .string(problem.hospitalIDs[unit.hospital])), ("doctor_ids", .array(unit.doctorIDs.map { .string($0) })),
                ("red", .bool(unit.isRed)), ("from", .string(problem.repIDs[m.from])), ("to", .string(problem.repIDs[m.to])),
                ("visits", .int(m.visits)), ("travel_effect_km", .double(Double(m.travelEffect) / 1000)),
            ])
        }
        return JSONWriter.render(
            .object([
                ("month", .string(month.description)),
                ("unit", .string(problem.units.allSatisfy { $0.doctorIDs.count == 1 } && !problem.units.isEmpty ? "doctor" : "hospital_group")),
                ("cap", .double(problem.limits.cap)),
                ("tolerance", .double(problem.limits.tolerance)),
                ("district_utilisation", .double(PlanDocument.rounded(problem.districtUtilisation, 10_000))),
                ("band", .array([.double(PlanDocument.rounded(band.lowerBound, 10_000)), .double(PlanDocument.rounded(band.upperBound, 10_000))])),
                ("lower_bound_moves", .int(proposal.lowerBound)),
                ("before", cost(proposal.before)),
                ("after", cost(proposal.after)),
                ("reps", .array(reps)),
                ("moves", .array(moves)),
            ])) + "\n"
    }
}
