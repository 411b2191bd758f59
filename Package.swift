// swift-tools-version: 6.0
// Territory: nine-grid doctor grading and monthly visit planning for pharmaceutical field sales.
// Zero package dependencies: the Swift toolchain only.
import PackageDescription

let package = Package(
    name: "Territory",
    products: [
        .executable(name: "territory", targets: ["territory"]),
        .executable(name: "territory-bench", targets: ["territory-bench"]),
    ],
    targets: [
        // The nine-grid domain: tiers, titles, scores, grades, behaviour, cells, zones, rules. Pure values, no Foundation.
        .target(name: "TerritoryModel", exclude: ["README.md"]),
        // The periodic vehicle routing solver core shared by the planner and the benchmark. No Foundation.
        // Optimised in debug builds too: `swift run territory plan` and `swift test` would otherwise
        // spend ~20× longer in the solver (the demo's R01: 32 s instead of 2.4 s).
        .target(
            name: "TerritoryRouting", exclude: ["README.md"],
            swiftSettings: [
                .unsafeFlags(["-O"], .when(configuration: .debug)),
                // Solution invariants re-checked after every move and iteration (WorkingSolution+Invariants).
                .define("TERRITORY_INTERNAL_CHECKS", .when(configuration: .debug)),
            ]),
        // Monthly visit planning: working-day calendar, visit patterns, rep-month problems, plans and plan checks. No Foundation.
        .target(name: "TerritoryPlanner", dependencies: ["TerritoryModel", "TerritoryRouting"], exclude: ["README.md"]),
        // Files and formats: CSV and encodings, territory folders, rules.json, plan.json, calls.csv, diagnostics, and the
        // table/CSV/JSON/HTML/ICS outputs, all written by one safe writer. Foundation lives here; no process concerns.
        .target(name: "TerritoryFormats", dependencies: ["TerritoryModel", "TerritoryPlanner"], exclude: ["README.md"]),
        // The commands of `territory` over the formats: argument parsing, options, exit codes, streams, progress.
        .target(name: "TerritoryCommands", dependencies: ["TerritoryModel", "TerritoryPlanner", "TerritoryFormats"], exclude: ["README.md"]),
        // Benchmark readers (Cordeau PVRP, TSPLIB), an independent solution checker, the suite runner and the district generator.
        // TerritoryFormats for AtomicFileWriter, the one way both tools write files; TerritoryCommands for the one
        // command-line dialect both tools speak.
        .target(
            name: "TerritoryBenchmark", dependencies: ["TerritoryRouting", "TerritoryModel", "TerritoryFormats", "TerritoryCommands"],
            exclude: ["README.md"]),
        // The `territory` command-line tool: entry point only.
        .executableTarget(name: "territory", dependencies: ["TerritoryCommands"]),
        // The `territory-bench` benchmark tool: entry point only.
        .executableTarget(name: "territory-bench", dependencies: ["TerritoryBenchmark"]),

        // Test helpers shared by the test targets: running the built executables. Not a product.
        .target(name: "TestSupport", path: "Tests/TestSupport"),
        .testTarget(name: "TerritoryModelTests", dependencies: ["TerritoryModel"]),
        .testTarget(name: "TerritoryRoutingTests", dependencies: ["TerritoryRouting"]),
        .testTarget(name: "TerritoryPlannerTests", dependencies: ["TerritoryPlanner", "TerritoryModel", "TerritoryRouting"]),
        .testTarget(
            name: "TerritoryFormatsTests", dependencies: ["TerritoryFormats", "TerritoryModel", "TerritoryPlanner", "TerritoryBenchmark", "TestSupport"]),
        .testTarget(
            name: "TerritoryCommandsTests",
            dependencies: ["TerritoryCommands", "TerritoryFormats", "TerritoryModel", "TerritoryPlanner", "TerritoryBenchmark", "TestSupport"]),
        .testTarget(
            name: "TerritoryBenchmarkTests", dependencies: ["TerritoryBenchmark", "TerritoryRouting", "TerritoryFormats", "TerritoryModel", "TestSupport"],
            exclude: ["Fixtures"]),
    ]
)
