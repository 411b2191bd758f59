import Testing

@testable import TerritoryFormats

@Suite("Percentages as the tables print them")
struct PercentTests {
    @Test(
        "one decimal, rounded, the sign kept apart from the digits",
        arguments: [
            (0.957, "95.7%"), (1.5934, "159.3%"), (0, "0.0%"), (-0.022, "-2.2%"), (-0.0004, "0.0%"), (-1.05, "-105.0%"),
        ])
    func percent(value: Double, text: String) {
        #expect(PlanDocument.percent(value) == text)
    }

    @Test("no number is a dash")
    func notANumber() {
        #expect(PlanDocument.percent(.infinity) == "—")
        #expect(PlanDocument.percent(.nan) == "—")
    }
}
