import TerritoryModel

/// One of N deterministic slices of a territory's reps (`territory plan --shard K/N`), so a large territory can
/// be planned on several machines and joined again (`territory merge`).
///
/// A manager's reps stay in one slice, so a slice's co-visit days are those of the whole plan; a rep with no
/// manager is a group of one. Groups are taken in reps.csv order (a group where its first rep is) and cut into
/// N contiguous runs balanced by rep count: group g goes to slice ⌊(reps before g) × N / reps⌋ + 1. Every rep
/// is in exactly one slice; a slice may be empty when N exceeds the groups.
public struct Shard: Sendable, Hashable, CustomStringConvertible {
    /// The slice, 1…`count`.
    public let index: Int
    /// How many slices.
    public let count: Int

    /// Slice `index` of `count`; nil unless 1 ≤ index ≤ count.
    public init?(index: Int, count: Int) {
        guard count >= 1, (1...count).contains(index) else { return nil }
        self.index = index
        self.count = count
    }

    /// `K/N`, as `--shard` and plan.json write it (`2/8`).
    public init?(parsing text: String) {
        let parts = text.split(separator: "/", omittingEmptySubsequences: false)
        guard parts.count == 2, parts.allSatisfy({ !$0.isEmpty && $0.allSatisfy { $0.isASCII && $0.isNumber } }), let k = Int(parts[0]), let n = Int(parts[1])
        else {
            return nil
        }
        self.init(index: k, count: n)
    }

    /// `K/N`.
    public var description: String { "\(index)/\(count)" }

    /// This slice's reps, in reps.csv order.
    ///
    /// - Complexity: O(reps).
    public func repIDs(of territory: Territory) -> [String] {
        let slice = Shard.slices(of: territory, count: count)
        return territory.reps.map(\.id).filter { slice[$0] == index }
    }

    /// The slice (1…`count`) of every rep of `territory`, by rep id.
    ///
    /// - Complexity: O(reps).
    public static func slices(of territory: Territory, count: Int) -> [String: Int] {
        let total = territory.reps.count
        var groupStart: [String: Int] = [:]  // group key → reps before the group
        var sizes: [String: Int] = [:]
        var order: [String] = []
        for rep in territory.reps {
            let key = rep.managerID.map { "manager " + $0 } ?? "rep " + rep.id
            if sizes[key] == nil { order.append(key) }
            sizes[key, default: 0] += 1
        }
        var before = 0
        for key in order {
            groupStart[key] = before
            before += sizes[key]!
        }
        var out: [String: Int] = [:]
        for rep in territory.reps {
            let key = rep.managerID.map { "manager " + $0 } ?? "rep " + rep.id
            out[rep.id] = groupStart[key]! * count / max(total, 1) + 1
        }
        return out
    }
}
