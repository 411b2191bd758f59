import Foundation

/// How to build each class of bad input of territories/BAD-INPUT.md on the small `Fixture` territory.
/// The catalogue holds what the tool must say and the exit code; this table holds how to provoke it.
struct BadInputCase: Sendable {
    /// Files replacing the fixture's (text, written as UTF-8).
    var files: [String: String] = [:]
    /// Files given as raw bytes (bad encodings).
    var bytes: [String: [UInt8]] = [:]
    /// Fixture files left out.
    var removing: [String] = []
    /// Arguments after `plan --territory DIR --out OUT` (month, effort) when the default does not fit.
    var arguments: [String] = BadInputCase.planArguments
    /// The territory folder is replaced by one that does not exist.
    var noFolder = false
    /// The code plan.json's `warnings` lists for this row, when it is not the row's own.
    var warningCode: String? = nil
    /// The command run: `plan`, or `progress` for calls.csv (whose warnings have no plan.json to go to).
    var command = "plan"

    static let progressArguments = ["--month", "2026-12", "--as-of", "2026-12-10"]
    static func calls(_ rows: String) -> [String: String] { ["calls.csv": "rep_id,date,doctor_id,status,note\n" + rows] }
    static func progress(_ files: [String: String]) -> BadInputCase { BadInputCase(files: files, arguments: progressArguments, command: "progress") }

    static let planArguments = ["--month", "2026-12", "--iterations", "50", "--seed", "1"]

    static let hospitals = Fixture.hospitals
    static let doctors = Fixture.doctors
    static let reps = Fixture.reps

    /// The default file with line `n` (1-based, header = 1) replaced.
    static func replacing(_ text: String, line n: Int, with line: String) -> String {
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        lines[n - 1] = line
        return lines.joined(separator: "\n")
    }

    static func hospital(_ n: Int, _ line: String) -> [String: String] { ["hospitals.csv": replacing(hospitals, line: n, with: line)] }
    static func doctor(_ n: Int, _ line: String) -> [String: String] { ["doctors.csv": replacing(doctors, line: n, with: line)] }
    static func rules(_ json: String) -> [String: String] { ["rules.json": json] }
    static func managers(_ rows: String) -> String { "manager_id,name,latitude,longitude,co_visit_days\n" + rows + "\n" }
    static func leave(_ rows: String) -> [String: String] { ["leave.csv": "rep_id,from,to\n" + rows] }
    static func travel(_ rows: String) -> [String: String] { ["travel_times.csv": "from_id,to_id,minutes\n" + rows] }
    static let repsWithDay = "rep_id,name,latitude,longitude,calls_per_day,day_start,day_end\nR1,陈思远,31.2200,121.4500,,08:30,17:30\nR2,李婷,31.1000,121.4200,,,\n"

    /// Every catalogue code and how to provoke it.
    static let all: [String: BadInputCase] = [
        // Files and encodings
        "folder-missing": BadInputCase(noFolder: true),
        "file-missing": BadInputCase(removing: ["reps.csv"]),
        "encoding-invalid": BadInputCase(bytes: [
            "reps.csv": Array("rep_id,name,latitude,longitude\nR1,".utf8) + [0xFF, 0xFE, 0x41] + Array(",31.22,121.45\nR2,李婷,31.1,121.42\n".utf8)
        ]),
        "file-empty": BadInputCase(files: ["doctors.csv": ""]),
        "quote-unterminated": BadInputCase(files: doctor(3, #"D2,H2,"李强,全科,医师,竞品,5,R1"#)),
        "column-missing": BadInputCase(files: ["doctors.csv": "doctor_id,hospital_id,name,department,behaviour,monthly_units,rep_id\nD1,H1,王芳,心内科,首选,120,R1\n"]
        ),
        "column-repeated": BadInputCase(files: ["reps.csv": "rep_id,name,latitude,longitude,代表编号\nR1,陈思远,31.22,121.45,R1\nR2,李婷,31.1,121.42,R2\n"]),
        "column-unknown": BadInputCase(files: ["reps.csv": "rep_id,name,latitude,longitude,备注\nR1,陈思远,31.22,121.45,x\nR2,李婷,31.1,121.42,\n"]),
        // Ids
        "value-missing": BadInputCase(files: doctor(3, "D2,H2,,全科,医师,竞品,5,R1")),
        "id-duplicate": BadInputCase(files: doctor(5, "D1,H3,赵磊,内分泌科,副主任医师,3,40,R2")),
        "id-surrounding-space": BadInputCase(files: doctor(5, "\" D1 \",H3,赵磊,内分泌科,副主任医师,3,40,R2")),
        "id-case-duplicate": BadInputCase(files: doctor(5, "d1,H3,赵磊,内分泌科,副主任医师,3,40,R2")),
        "id-invisible-character": BadInputCase(files: doctor(5, "D\u{0}4,H3,赵磊,内分泌科,副主任医师,3,40,R2")),
        "id-bidi-override": BadInputCase(files: doctor(5, "D\u{202E}4,H3,赵磊,内分泌科,副主任医师,3,40,R2")),
        "id-hospital-and-rep": BadInputCase(files: ["reps.csv": reps + "H3,王磊,31.15,121.43\n"]),
        "hospital-unknown": BadInputCase(files: doctor(3, "D2,H9,李强,全科,医师,竞品,5,R1")),
        "rep-unknown": BadInputCase(files: doctor(3, "D2,H2,李强,全科,医师,竞品,5,R7")),
        "rep-no-doctors": BadInputCase(files: ["reps.csv": reps + "R3,王磊,31.15,121.43\n"]),
        // Values
        "level-unknown": BadInputCase(files: hospital(4, "H3,第五人民医院,三纪,1.5亿,31.02,121.40,")),
        "title-unknown": BadInputCase(files: doctor(3, "D2,H2,李强,全科,主冶医师,竞品,5,R1")),
        "behaviour-unknown": BadInputCase(files: doctor(3, "D2,H2,李强,全科,医师,首先,5,R1")),
        "revenue-invalid": BadInputCase(files: hospital(4, "H3,第五人民医院,二级,很多,31.02,121.40,")),
        "hospital-no-revenue": BadInputCase(),
        "number-out-of-range": BadInputCase(files: doctor(3, "D2,H2,李强,全科,医师,竞品,-5,R1")),
        "doctor-no-units": BadInputCase(files: doctor(3, "D2,H2,李强,全科,医师,竞品,,R1")),
        "time-invalid": BadInputCase(files: ["reps.csv": replacing(repsWithDay, line: 2, with: "R1,陈思远,31.2200,121.4500,,8点半,17:30")]),
        "rep-day-short": BadInputCase(files: ["reps.csv": replacing(repsWithDay, line: 2, with: "R1,陈思远,31.2200,121.4500,,08:30,10:00")]),
        "id-width-duplicate": BadInputCase(files: doctor(5, "Ｄ1,H3,赵磊,内分泌科,副主任医师,3,40,R2"), warningCode: nil),
        "day-end-before-start": BadInputCase(files: ["reps.csv": replacing(repsWithDay, line: 2, with: "R1,陈思远,31.2200,121.4500,,17:30,08:30")]),
        // Geography
        "coordinates-not-number": BadInputCase(files: hospital(4, "H3,第五人民医院,二级,1.5亿,北纬31,121.40,")),
        "coordinates-swapped": BadInputCase(files: hospital(4, "H3,第五人民医院,二级,1.5亿,121.40,31.02,")),
        "coordinates-out-of-range": BadInputCase(files: hospital(4, "H3,第五人民医院,二级,1.5亿,95,121.40,")),
        "coordinates-outside-china": BadInputCase(files: hospital(4, "H3,第五人民医院,二级,1.5亿,0,121.40,")),
        "far-outlier": BadInputCase(files: hospital(4, "H3,第五人民医院,二级,1.5亿,39.90,116.40,")),
        // Reception windows
        "window-malformed": BadInputCase(files: hospital(4, "H3,第五人民医院,二级,1.5亿,31.02,121.40,9点-11点")),
        "window-too-short": BadInputCase(files: hospital(4, "H3,第五人民医院,二级,1.5亿,31.02,121.40,09:00-09:10;14:00-16:00")),
        "hospital-no-usable-window": BadInputCase(files: hospital(4, "H3,第五人民医院,二级,1.5亿,31.02,121.40,18:00-20:00")),
        "window-overlap": BadInputCase(files: hospital(4, "H3,第五人民医院,二级,1.5亿,31.02,121.40,09:00-11:30;11:00-12:00")),
        "window-ends-at-midnight": BadInputCase(files: hospital(4, "H3,第五人民医院,二级,1.5亿,31.02,121.40,14:00-24:00")),
        "window-unusable": BadInputCase(files: hospital(4, "H3,第五人民医院,二级,1.5亿,31.02,121.40,06:00-08:00;14:00-16:00")),
        "window-inside-fixed-lunch": BadInputCase(
            files: hospital(4, "H3,第五人民医院,二级,1.5亿,31.02,121.40,12:00-13:00;14:00-16:00")
                .merging(rules(#"{"lunch": "11:30-13:30"}"#)) { a, _ in a }, warningCode: "window-unusable"),
        // rules.json
        "rules-json-syntax": BadInputCase(files: rules("{\n  \"service_minutes\": 20\n  \"lunch_minutes\": 45\n}\n")),
        "rules-unknown-key": BadInputCase(files: rules("{\n  \"servce_minutes\": 20\n}\n")),
        "rules-co-visit-zone": BadInputCase(files: rules("{\n  \"co_visit\": {\"zones\": [\"purple\"]}\n}\n")),
        // Managers (managers.csv, optional)
        "manager-unknown": BadInputCase(files: [
            "reps.csv": "rep_id,name,latitude,longitude,manager_id\nR1,陈思远,31.2200,121.4500,M1\nR2,李婷,31.1000,121.4200,M9\n",
            "managers.csv": managers("M1,王建国,31.2304,121.4737,6"),
        ]),
        "manager-days-invalid": BadInputCase(files: [
            "reps.csv": "rep_id,name,latitude,longitude,manager_id\nR1,陈思远,31.2200,121.4500,M1\nR2,李婷,31.1000,121.4200,M1\n",
            "managers.csv": managers("M1,王建国,31.2304,121.4737,十"),
        ]),
        "rules-duplicate-key": BadInputCase(files: rules("{\n  \"service_minutes\": 20,\n  \"lunch\": \"11:30-13:30\",\n  \"service_minutes\": 30\n}\n")),
        "rules-value-invalid": BadInputCase(files: rules("{\n  \"service_minutes\": \"20\"\n}\n")),
        "rules-cell-unknown": BadInputCase(files: rules("{\n  \"visits_per_month\": {\"A4\": 2}\n}\n")),
        "grade-bands-overlap": BadInputCase(files: rules("{\n  \"grade_bands\": {\"A\": [8, 12], \"B\": [4, 8], \"C\": [1, 3]}\n}\n")),
        "grade-bands-gap": BadInputCase(files: rules("{\n  \"grade_bands\": {\"A\": [9, 12], \"B\": [4, 7], \"C\": [1, 3]}\n}\n")),
        "zone-cell-twice": BadInputCase(
            files: rules(
                "{\n  \"zones\": [{\"id\": \"red\", \"cells\": [\"A1\", \"A2\", \"B1\", \"B2\", \"A3\"]},\n            {\"id\": \"yellow\", \"cells\": [\"A3\", \"B3\"]}]\n}\n"
            )),
        "zone-cell-missing": BadInputCase(files: rules("{\n  \"zones\": [{\"id\": \"blue\", \"cells\": [\"C1\", \"C2\"]}]\n}\n")),
        "bonus-negative": BadInputCase(files: rules("{\n  \"bonus\": [{\"department\": \"心内科\", \"points\": -2}]\n}\n")),
        "bonus-above-cap": BadInputCase(files: rules("{\n  \"bonus\": [{\"department\": \"心内科\", \"points\": 20}]\n}\n")),
        // leave.csv
        "leave-rep-unknown": BadInputCase(files: leave("R9,2026-12-01,2026-12-02\n")),
        "leave-date-invalid": BadInputCase(files: leave("R1,2026-12-32,2026-12-33\n")),
        "leave-reversed": BadInputCase(files: leave("R1,2026-12-10,2026-12-08\n")),
        "leave-outside-month": BadInputCase(files: leave("R1,2025-12-01,2025-12-03\n")),
        "rep-all-leave": BadInputCase(files: leave("R2,2026-12-01,2026-12-31\n")),
        // travel_times.csv
        "travel-place-unknown": BadInputCase(files: travel("H1,H9,10\n")),
        "travel-minutes-invalid": BadInputCase(files: travel("H1,H2,十分钟\n")),
        "travel-self-loop": BadInputCase(files: travel("H1,H1,5\n")),
        "travel-conflict": BadInputCase(files: travel("H1,H2,10\nH1,H2,25\n")),
        "travel-duplicate": BadInputCase(files: travel("H1,H2,10\nH1,H2,10\n")),
        "travel-pairs-missing": BadInputCase(files: travel("H1,H2,10\n")),
        "travel-triangle": BadInputCase(files: travel("R1,H1,5\nR1,H2,5\nH1,H2,60\n")),
        // calls.csv (territory progress)
        "calls-column-missing": progress(["calls.csv": "rep_id,date,doctor_id\nR1,2026-12-01,D1\n"]),
        "calls-rep-unknown": progress(calls("R9,2026-12-01,D1,done,\n")),
        "calls-doctor-unknown": progress(calls("R1,2026-12-01,D9,done,\n")),
        "calls-doctor-other-rep": progress(calls("R1,2026-12-01,D3,done,\n")),
        "calls-date-invalid": progress(calls("R1,2026-12-32,D1,done,\n")),
        "calls-status-unknown": progress(calls("R1,2026-12-01,D1,finished,\n")),
        "calls-day-off": progress(calls("R1,2026-12-05,D1,done,\n")),
        "calls-on-leave": progress(calls("R1,2026-12-02,D1,done,\n").merging(leave("R1,2026-12-02,2026-12-02\n")) { a, _ in a }),
        "calls-repeated-line": progress(calls("R1,2026-12-01,D1,done,\nR1,2026-12-01,D1,done,\n")),
        "calls-second-done": progress(calls("R1,2026-12-01,D1,done,上午\nR1,2026-12-01,D1,done,下午\n")),
        "calls-outside-month": progress(calls("R1,2026-11-30,D1,done,\nR1,2026-12-01,D1,done,\n")),
        "calls-after-as-of": progress(calls("R1,2026-12-21,D1,done,\n")),
        // The month
        "option-month-invalid": BadInputCase(arguments: ["--month", "2026-13"]),
        "option-rep-unknown": BadInputCase(arguments: ["--month", "2026-12", "--rep", "R9"]),
        "holidays-unpublished": BadInputCase(arguments: ["--month", "2027-03", "--iterations", "50"]),
        "holidays-not-bundled": BadInputCase(arguments: ["--month", "2023-12", "--iterations", "50"]),
        "rep-over-capacity": BadInputCase(
            files: ["reps.csv": "rep_id,name,latitude,longitude,calls_per_day\nR1,陈思远,31.22,121.45,1\nR2,李婷,31.1,121.42,\n"]
                .merging(leave("R1,2026-12-01,2026-12-24\n")) { a, _ in a }),
        "reception-short": BadInputCase(
            files: hospital(2, "H1,瑞金医院,三甲,30亿,31.2108,121.4669,09:00-09:15")
                .merging(leave("R1,2026-12-01,2026-12-24\n")) { a, _ in a }),
    ]
}
