import TerritoryModel
import Testing

@Suite("Revenue and clock windows")
struct ValueParsingTests {
    @Test(
        "Revenue is read as users write it",
        arguments: [
            ("2亿", Int64(200_000_000)), ("0.8亿", 80_000_000), ("2.5亿", 250_000_000), ("8000万", 80_000_000),
            ("1,200,000", 1_200_000), ("300000000", 300_000_000), ("3e8", 300_000_000), ("３亿", 300_000_000),
            ("¥5000万", 50_000_000), ("2亿元", 200_000_000), ("1200万元", 12_000_000), (" 1 200 ", 1200),
        ])
    func revenue(text: String, yuan: Int64) {
        #expect(Revenue.parse(text) == yuan)
    }

    @Test("Text that is not an amount is rejected", arguments: ["两亿", "abc", "-5", "亿", "1.2.3"])
    func badRevenue(text: String) {
        #expect(Revenue.parse(text) == nil)
    }

    @Test(
        "Revenue formats back compactly",
        arguments: [
            (Int64(300_000_000), "3亿"), (250_000_000, "2.5亿"), (80_000_000, "8000万"), (1_234, "1234"),
        ])
    func format(yuan: Int64, text: String) {
        #expect(Revenue.format(yuan) == text)
    }

    @Test("Window lists parse, sorted, with any accepted separator")
    func windows() {
        #expect(ClockWindow.parseList("14:00-16:30;09:00-11:30")?.map(\.description) == ["09:00-11:30", "14:00-16:30"])
        #expect(ClockWindow.parseList("9:00~11:30；14:00至16:00")?.map(\.description) == ["09:00-11:30", "14:00-16:00"])
        #expect(ClockWindow.parseList("") == [])
        #expect(ClockWindow.parseList("09:00-11:30,14:00-16:30")?.count == 2)
    }

    @Test("Malformed windows are rejected", arguments: ["9-11", "11:30-09:00", "09:00-", "25:00-26:00", "09:00-11:30;x"])
    func badWindows(text: String) {
        #expect(ClockWindow.parseList(text) == nil)
    }

    @Test("Clock times", arguments: [("08:30", 510), ("8:30", 510), ("24:00", 1440), ("０８：３０", 510)])
    func times(text: String, minutes: Int) {
        #expect(ClockTime(parsing: text)?.minutes == minutes)
    }
}
