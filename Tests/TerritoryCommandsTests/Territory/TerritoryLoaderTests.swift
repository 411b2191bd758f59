import Foundation
import TerritoryModel
import Testing

@testable import TerritoryCommands
@testable import TerritoryFormats

@Suite("Loading a territory folder")
struct TerritoryLoaderTests {
    /// The fixture's doctors as (id, cell, zone, visits).
    func cells(_ loaded: LoadedTerritory) -> [String] {
        loaded.territory.gradedDoctors().map { "\($0.doctor.id) \($0.cell.id) \($0.zone.id) \($0.visitsPerMonth)" }
    }

    @Test("The fixture grades as DOMAIN.md says")
    func fixture() throws {
        let loaded = try Fixture().load()
        // D1 主治 at 三甲 30亿 (T1) = 8 → A1; D2 医师 at 一级 (T3) = 1 → C3; D3 主任 at T1 = 9 → A2;
        // D4 副主任 at 二级 1.5亿 (T2) = 7 → B3.
        #expect(cells(loaded) == ["D1 A1 red 8", "D2 C3 blue 1", "D3 A2 red 8", "D4 B3 yellow 2"])
        #expect(loaded.territory.hospitals[1].name == "社区卫生服务中心, 徐汇")
        #expect(loaded.territory.hospitals[0].visitWindows.map(\.description) == ["09:00-11:30", "14:00-16:30"])
    }

    @Test("Files held in memory load as the same files in a folder do, errors included")
    func inMemoryFiles() throws {
        let memory = TerritoryFiles(inMemory: [
            "hospitals.csv": Data(Fixture.hospitals.utf8), "doctors.csv": Data(Fixture.doctors.utf8), "reps.csv": Data(Fixture.reps.utf8),
        ])
        #expect(cells(try TerritoryLoader.load(memory)) == cells(try Fixture().load()))
        let broken = TerritoryFiles(inMemory: [
            "hospitals.csv": Data(Fixture.hospitals.utf8), "doctors.csv": Data(Fixture.doctors.replacingOccurrences(of: "首选", with: "最爱").utf8),
        ])
        let error = try #require(throws: TerritoryLoadError.self) { try TerritoryLoader.load(broken) }
        #expect(error.errors.map { "\($0.file ?? "") \($0.line ?? 0) \($0.column ?? 0)" } == ["doctors.csv 2 6", "reps.csv 0 0"])
    }

    static let chineseHospitals = """
        经度,纬度,医院编号,医院名称,等级,年收入（元）,接待时间
        121.4669,31.2108,H1,瑞金医院,三级甲等,3000000000,09:00-11:30;14:00-16:30
        121.4370,31.1880,H2,"社区卫生服务中心, 徐汇",一级,,
        121.4000,31.0200,H3,第五人民医院,二级,1.5亿,
        """
    static let chineseDoctors = """
        医生编号,医院编号,姓名,科室,职称,处方行为,月均处方量(支),代表编号
        D1,H1,王芳,心内科,主治医师,首选,120,R1
        D2,H2,李强,全科,医师,竞品,5,R1
        D3,H1,张敏,心内科,主任医师,次选,80,R2
        D4,H3,赵磊,内分泌科,副主任医师,3,40,R2
        """
    static let chineseReps = "代表编号,姓名,纬度,经度\r\nR1,陈思远,31.2200,121.4500\r\nR2,李婷,31.1000,121.4200\r\n"

    @Test("Chinese headers in any order, GB18030 bytes and CRLF give the same grades")
    func chineseHeadersGB18030() throws {
        let f = try Fixture()
        for (name, text) in [("hospitals.csv", Self.chineseHospitals), ("doctors.csv", Self.chineseDoctors), ("reps.csv", Self.chineseReps)] {
            try f.write(name, try #require(text.data(using: TextDecoder.gb18030)))
        }
        let loaded = try f.load()
        #expect(cells(loaded) == ["D1 A1 red 8", "D2 C3 blue 1", "D3 A2 red 8", "D4 B3 yellow 2"])
        #expect(loaded.encodings == ["hospitals.csv": .gb18030, "doctors.csv": .gb18030, "reps.csv": .gb18030])
    }

    @Test("A UTF-8 BOM before the header does not hide the first column")
    func bomHeader() throws {
        let f = try Fixture()
        try f.write("reps.csv", Data([0xEF, 0xBB, 0xBF] + Array(Fixture.reps.utf8)))
        #expect(try f.load().territory.reps.map(\.id) == ["R1", "R2"])
    }

    @Test(
        "Headers match ignoring case, spaces, underscores and a unit in brackets",
        arguments: [
            ("Hospital ID", "hospital_id"), ("HOSPITAL_ID", "hospital_id"), ("月均处方量(支)", "monthly_units"),
            ("月均处方量（支）", "monthly_units"), ("behavior", "behaviour"), (" 职称 ", "title"),
        ])
    func headers(header: String, key: String) {
        let all = TableSchema.hospitals.columns + TableSchema.doctors.columns
        #expect(all.first { $0.matches(header: header) }?.key == key)
    }

    @Test("Empty rows are skipped and the files are never modified")
    func emptyRowsUntouched() throws {
        let doctors = Fixture.doctors.replacingOccurrences(of: "D2,", with: ",,,,,,,\n\nD2,")
        let f = try Fixture(["doctors.csv": doctors])
        let before = try Data(contentsOf: f.directory.appendingPathComponent("doctors.csv"))
        #expect(try f.load().territory.doctors.map(\.id) == ["D1", "D2", "D3", "D4"])
        #expect(try Data(contentsOf: f.directory.appendingPathComponent("doctors.csv")) == before)
    }
}
