import TerritoryModel
import Testing

@Suite("Zone priority")
struct RulesPriorityTests {
    @Test("red outranks yellow outranks blue; blue is the lowest-priority zone by default")
    func defaults() {
        let rules = Rules()
        #expect(rules.outranks("red", "yellow"))
        #expect(rules.outranks("yellow", "blue"))
        #expect(!rules.outranks("blue", "red"))
        #expect(rules.lowestPriorityZone?.id == "blue")
    }

    @Test("a zone missing from zone_priority ranks after every listed one")
    func unlisted() {
        var rules = Rules()
        rules.zonePriority = ["yellow", "red"]
        #expect(rules.outranks("yellow", "red"))
        #expect(rules.lowestPriorityZone?.id == "blue")
    }
}
