/// The reps a report was narrowed to (`territory report --rep ID --manager ID`); the report says so in its
/// header, and its district overview then counts only them.
public struct ReportScope: Sendable, Hashable {
    /// Every rep reported, in report order (the named reps first, then the named managers' reps).
    public var repIDs: [String]
    /// The managers named with `--manager`, in the order given; empty when only reps were named.
    public var managerIDs: [String]

    /// Creates a scope.
    public init(repIDs: [String], managerIDs: [String] = []) {
        self.repIDs = repIDs
        self.managerIDs = managerIDs
    }
}

extension ReportDocument {
    /// The header line of a narrowed report: which reps it covers (id and name), and whose reps when managers
    /// were named; empty for a report of every rep.
    func scopeLine() -> String {
        guard let scope else { return "" }
        let reps = scope.repIDs.map { id in id + " " + (territory.rep(id: id)?.name ?? "") }.joined(separator: t("、", ", "))
        var text = t("本报告只含 \(scope.repIDs.count) 位代表：\(reps)", "This report covers \(scope.repIDs.count) of the reps only: \(reps)")
        if !scope.managerIDs.isEmpty {
            let managers = scope.managerIDs.map { id in id + " " + (territory.manager(id: id)?.name ?? "") }.joined(separator: t("、", ", "))
            text += t("（含经理 \(managers) 的代表）", " (with the reps of manager \(managers))")
        }
        return "<p class=\"scope\">" + h(text + t("。", ".")) + "</p>\n"
    }
}
