import Foundation
import TestSupport

@testable import TerritoryCommands
@testable import TerritoryFormats

/// A small, self-contained territory written to a fresh temporary folder; tests replace single files.
struct Fixture {
    let directory: URL

    static let hospitals = """
        hospital_id,name,level,annual_revenue,latitude,longitude,visit_windows
        H1,瑞金医院,三甲,30亿,31.2108,121.4669,09:00-11:30;14:00-16:30
        H2,"社区卫生服务中心, 徐汇",一级,,31.1880,121.4370,
        H3,第五人民医院,二级,1.5亿,31.0200,121.4000,

        """
    static let doctors = """
        doctor_id,hospital_id,name,department,title,behaviour,monthly_units,rep_id
        D1,H1,王芳,心内科,主治医师,首选,120,R1
        D2,H2,李强,全科,医师,竞品,5,R1
        D3,H1,张敏,心内科,主任医师,次选,80,R2
        D4,H3,赵磊,内分泌科,副主任医师,3,40,R2

        """
    static let reps = """
        rep_id,name,latitude,longitude
        R1,陈思远,31.2200,121.4500
        R2,李婷,31.1000,121.4200

        """

    /// Writes the default files, with `files` replacing or adding some and `removing` left out.
    init(_ files: [String: String] = [:], removing: [String] = []) throws {
        directory = try TestScratch.folder("territory")
        var all: [String: String] = ["hospitals.csv": Self.hospitals, "doctors.csv": Self.doctors, "reps.csv": Self.reps]
        for (k, v) in files { all[k] = v }
        for name in removing { all[name] = nil }
        for (name, content) in all {
            try write(name, Data(content.utf8))
        }
    }

    func write(_ name: String, _ data: Data) throws {
        try data.write(to: directory.appendingPathComponent(name))
    }

    /// The diagnostics of loading, one string each (errors first, then warnings), and the exit code (0 = loaded).
    func problems() -> (lines: [String], exitCode: Int32) {
        do {
            let loaded = try TerritoryLoader.load(directory: directory)
            return (loaded.warnings.map(\.description), 0)
        } catch {
            return (error.diagnostics.map(\.description), error.exitCode)
        }
    }

    func load() throws -> LoadedTerritory { try TerritoryLoader.load(directory: directory) }

    /// The default doctors.csv with one line replaced (1-based, header = 1).
    static func doctors(replacingLine n: Int, with line: String) -> String {
        var lines = doctors.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        lines[n - 1] = line
        return lines.joined(separator: "\n")
    }

    static func hospitals(replacingLine n: Int, with line: String) -> String {
        var lines = hospitals.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        lines[n - 1] = line
        return lines.joined(separator: "\n")
    }
}
