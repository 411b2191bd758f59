import Foundation
import Testing

@testable import TerritoryCommands
@testable import TerritoryFormats

/// Issue 2, item 5: every bad input gets its exact message (file:line:column: error: what; fix) and exit code.
@Suite("Territory errors")
struct TerritoryErrorTests {
    @Test("A missing file names the columns it needs; exit 66")
    func missingFile() throws {
        let f = try Fixture(removing: ["reps.csv"])
        let (lines, code) = f.problems()
        #expect(
            lines == [
                "reps.csv: error: file not found in \(f.directory.path); create it with the columns rep_id, name, latitude, longitude (see territories/README.md)"
            ])
        #expect(code == 66)
    }

    @Test("A missing folder; exit 66")
    func missingFolder() {
        let (lines, code) = Fixture.problemsOf(URL(fileURLWithPath: "/nonexistent/territory"))
        #expect(
            lines == [
                "error: territory folder /nonexistent/territory does not exist; pass --territory DIR with a folder holding hospitals.csv, doctors.csv and reps.csv"
            ])
        #expect(code == 66)
    }

    @Test("A missing required column")
    func missingColumn() throws {
        let f = try Fixture(["doctors.csv": "doctor_id,hospital_id,name,department,behaviour,monthly_units,rep_id\nD1,H1,王芳,心内科,首选,120,R1\n"])
        #expect(f.problems().lines == [#"doctors.csv:1: error: missing required column title (职称); add a column headed "title" or "职称""#])
        #expect(f.problems().exitCode == 65)
    }

    @Test("Unknown title, behaviour and level suggest the closest accepted spelling")
    func unknownVocabulary() throws {
        let f = try Fixture([
            "doctors.csv": Fixture.doctors(replacingLine: 3, with: "D2,H2,李强,全科,主冶医师,首先,5,R1"),
            "hospitals.csv": Fixture.hospitals(replacingLine: 4, with: "H3,第五人民医院,三纪,1.5亿,31.02,121.40,"),
        ])
        #expect(
            f.problems().lines == [
                #"hospitals.csv:4:3: error: unknown level "三纪" (column level); expected one of 三级甲等, 三甲, 三级, 二级甲等, 二级, 一级, 未定级, 3, 2, 1, tertiary, secondary, primary; did you mean "三级"?"#,
                #"doctors.csv:3:5: error: unknown title "主冶医师" (column title); expected one of 主任医师, 副主任医师, 主治医师, 住院医师, 医师, chief, associate chief, attending, resident; did you mean "主任医师" or "主治医师"?"#,
                #"doctors.csv:3:6: error: unknown behaviour "首先" (column behaviour); expected one of 首选, 次选, 竞品, 1, 2, 3, first choice, second choice, competitor; did you mean "首选"?"#,
            ])
    }

    @Test("Duplicate ids name the first line")
    func duplicates() throws {
        let f = try Fixture(["doctors.csv": Fixture.doctors(replacingLine: 5, with: "D1,H3,赵磊,内分泌科,副主任医师,3,40,R2")])
        #expect(
            f.problems().lines == [#"doctors.csv:5:1: error: duplicate doctor_id "D1" (column doctor_id); first used on line 2; give each doctor its own id"#])
    }

    @Test("A doctor whose hospital or rep does not exist")
    func danglingReferences() throws {
        let f = try Fixture(["doctors.csv": Fixture.doctors(replacingLine: 3, with: "D2,H9,李强,全科,医师,竞品,5,R7")])
        #expect(
            f.problems().lines == [
                #"doctors.csv:3:2: error: hospital "H9" (column hospital_id) is not in hospitals.csv; add it to hospitals.csv or correct the id; did you mean "H1", "H2" or "H3"?"#,
                #"doctors.csv:3:8: error: rep "R7" (column rep_id) is not in reps.csv; add the rep to reps.csv or correct the id; did you mean "R1" or "R2"?"#,
            ])
    }

    @Test("Swapped and out-of-range coordinates")
    func coordinates() throws {
        let f = try Fixture([
            "hospitals.csv": """
            hospital_id,name,level,annual_revenue,latitude,longitude
            H1,瑞金医院,三甲,30亿,121.4669,31.2108
            H2,社区,一级,,95,121.43
            H3,五院,二级,1.5亿,31.02,abc

            """
        ])
        #expect(
            f.problems().lines == [
                "hospitals.csv:2:5: error: latitude 121.4669 and longitude 31.2108 look swapped (column latitude); swap the two values (China lies at latitude 18…54, longitude 73…135)",
                "hospitals.csv:3:5: error: latitude 95 is outside -90…90 (column latitude); write decimal degrees, e.g. 31.2304",
                #"hospitals.csv:4:6: error: longitude "abc" is not a number (column longitude); write decimal degrees, e.g. 121.4737"#,
            ])
    }

    @Test("Unparseable revenue")
    func revenue() throws {
        let f = try Fixture(["hospitals.csv": Fixture.hospitals(replacingLine: 4, with: "H3,第五人民医院,二级,两亿,31.02,121.40,")])
        #expect(
            f.problems().lines == [
                #"hospitals.csv:4:4: error: annual revenue "两亿" is not a number (column annual_revenue); write CNY like 250000000, 2.5亿 or 8000万, or leave it empty when unknown"#
            ])
    }

    @Test("An unterminated quote names where it opens")
    func unterminatedQuote() throws {
        let f = try Fixture(["doctors.csv": Fixture.doctors(replacingLine: 3, with: "D2,H2,\"李强,全科,医师,竞品,5,R1")])
        #expect(
            f.problems().lines == [
                #"doctors.csv:3:3: error: unterminated quote: the quoted field that opens here runs to the end of the file; close it with " or remove the stray ""#
            ])
    }

    @Test("Bytes that are neither UTF-8 nor GB18030 give the offset and line")
    func badBytes() throws {
        let f = try Fixture()
        var bytes = Array(Fixture.reps.utf8)
        bytes.insert(contentsOf: [0xFF, 0xFE], at: 33)  // inside line 2
        try f.write("reps.csv", Data(bytes))
        #expect(
            f.problems().lines == [
                #"reps.csv:2: error: bytes at offset 33 are neither UTF-8 nor GB18030; save the file as "CSV UTF-8" or as CSV in GB18030/GBK"#
            ])
    }

    @Test("Every error of every file is reported in one run, in file order")
    func allAtOnce() throws {
        let f = try Fixture([
            "hospitals.csv": Fixture.hospitals(replacingLine: 4, with: "H3,第五人民医院,二级,两亿,31.02,121.40,"),
            "doctors.csv": Fixture.doctors(replacingLine: 3, with: "D2,H2,李强,全科,医生,竞品,5,R1"),
            "reps.csv": "rep_id,name,latitude,longitude\nR1,陈思远,31.22,121.45\nR2,李婷,,121.42\n",
        ])
        #expect(f.problems().lines.map { String($0.prefix(while: { $0 != " " })) } == ["hospitals.csv:4:4:", "doctors.csv:3:5:", "reps.csv:3:3:"])
        #expect(f.problems().lines.last == "reps.csv:3:3: error: missing latitude (column latitude); write decimal degrees, e.g. 31.2304")
    }

    @Test("Warnings come once per kind with a count; an unknown column gets one note")
    func warnings() throws {
        let f = try Fixture([
            "hospitals.csv": Fixture.hospitals.replacingOccurrences(of: "1.5亿", with: ""),
            "doctors.csv": Fixture.doctors.replacingOccurrences(of: "rep_id\n", with: "rep_id,备注,Extra\n"),
            "reps.csv": Fixture.reps + "R3,王五,31.3,121.5\n",
        ])
        #expect(
            f.problems() == (
                [
                    #"doctors.csv:1: note: 2 unknown columns ignored: "备注" (column 9), "Extra" (column 10)"#,
                    "warning: 2 hospitals have no annual revenue; their tier follows the level alone (H2, H3)",
                    "warning: 1 rep has no doctors (R3)",
                ], 0
            ))
    }
}

extension Fixture {
    static func problemsOf(_ url: URL) -> ([String], Int32) {
        do { return (try TerritoryLoader.load(directory: url).warnings.map(\.description), 0) } catch {
            return (error.diagnostics.map(\.description), error.exitCode)
        }
    }
}
