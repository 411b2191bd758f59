import TerritoryModel
import Testing

@testable import TerritoryCommands
@testable import TerritoryFormats

/// The arithmetic behind `window-overlap` and `window-unusable` (territories/BAD-INPUT.md).
@Suite("Reception window sanity")
struct WindowSanityTests {
    static func window(_ text: String) -> ClockWindow { ClockWindow(parsing: text)! }

    @Test(
        "overlapping windows merge; adjacent and separate ones stay",
        arguments: [
            ("09:00-11:30;11:00-12:00", "09:00-12:00", true),
            ("09:00-12:00;10:00-11:00", "09:00-12:00", true),
            ("09:00-11:30;11:30-12:00", "09:00-11:30;11:30-12:00", false),
            ("14:00-16:30;09:00-11:30", "09:00-11:30;14:00-16:30", false),
        ])
    func merging(_ text: String, _ merged: String, _ overlapped: Bool) {
        let (windows, didOverlap) = TerritoryLoader.mergingOverlaps(ClockWindow.parseList(text)!)
        #expect(windows.map(\.description).joined(separator: ";") == merged)
        #expect(didOverlap == overlapped)
    }

    @Test(
        "minutes a call can use: inside the day, less the lunch the window cannot escape",
        arguments: [
            ("09:00-11:30", "11:00-14:00", 60, 150),  // lunch can move past the window's end
            ("12:00-13:30", "11:00-14:00", 60, 90),  // a noon window with a moving lunch keeps all 90 minutes
            ("12:00-13:30", "11:30-13:30", 120, 0),  // inside a fixed lunch: nothing
            ("11:00-14:00", "11:00-14:00", 150, 30),  // a long lunch in a long window leaves 30 minutes
            ("06:00-08:00", "11:00-14:00", 60, 0),  // before an 08:30 start
            ("17:00-24:00", "11:00-14:00", 60, 30),  // only 17:00-17:30 is in the day
        ])
    func usable(_ text: String, _ lunch: String, _ lunchMinutes: Int, _ minutes: Int) {
        var rules = Rules()
        rules.lunch = Self.window(lunch)
        rules.lunchMinutes = lunchMinutes
        #expect(TerritoryLoader.usableMinutes(Self.window(text), dayStart: rules.dayStart, dayEnd: rules.dayEnd, rules: rules) == minutes)
    }

    @Test("a diagnostic shows invisible characters of user text as <U+XXXX> and stays one line")
    func visible() {
        let d = Diagnostic.error(file: "doctors.csv", line: 2, column: 1, "name \"a\u{0}b\nc\u{202E}d\"", fix: "e\u{1B}[2J")
        #expect(d.description == "doctors.csv:2:1: error: name \"a<U+0000>b<U+000A>c<U+202E>d\"; e<U+001B>[2J")
    }
}

@Suite("A manager's base far from the territory")
struct ManagerOutlierTests {
    @Test("a manager based 1,000 km from every hospital and rep base is loaded with a far-outlier warning at his line")
    func managerFarAway() throws {
        let f = try Fixture(["managers.csv": "manager_id,name,latitude,longitude,co_visit_days\nM1,王建国,31.23,121.47,4\nM2,远方,39.9,116.4,4\n"])
        let loaded = try f.load()
        let far = loaded.warnings.filter { $0.code == "far-outlier" }
        #expect(
            far.map(\.description) == [
                "managers.csv:3:3: warning: manager M2's base lies 1067 km from the nearest hospital or rep (R1) (column latitude); check its latitude and longitude; co-visit days are chosen all the same, with long trips"
            ])
    }
}
