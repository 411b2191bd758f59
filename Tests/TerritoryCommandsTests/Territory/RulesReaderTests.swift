import Foundation
import TerritoryModel
import Testing

@testable import TerritoryCommands
@testable import TerritoryFormats

@Suite("rules.json")
struct RulesReaderTests {
    func parse(_ json: String) -> (Rules?, [String]) {
        var d: [Diagnostic] = []
        let r = RulesReader.parse(json, diagnostics: &d)
        return (r, d.map(\.description))
    }

    @Test("A combining mark right after a quote does not upset the duplicate-key scan (found by the fuzzer: it trapped)")
    func combiningMarkAfterQuote() {
        let (rules, problems) = parse("{\"service_minutes\": 20, \"k\": \"\u{301}}]}\"}")
        #expect(rules != nil || !problems.isEmpty)
        #expect(problems.contains { $0.contains("\"k\"") })
        let (_, twice) = parse("{\"service_minutes\": 20, \"note\": \"\u{301}\", \"service_minutes\": 25}")
        #expect(twice.contains { $0.contains("key \"service_minutes\" appears again") })
    }

    @Test("Missing keys keep the defaults")
    func empty() {
        let (rules, problems) = parse("{}")
        #expect(rules == Rules())
        #expect(problems == [])
    }

    @Test("Overrides: thresholds as text, scores, bonus, visits, a zone renamed, a new zone, priority")
    func overrides() throws {
        let (rules, problems) = parse(
            """
            {
              "tier_thresholds": {"t1_min_revenue": "5亿", "t2_min_revenue": 100000000},
              "scores": {"T2": {"attending": 6}},
              "bonus": [{"department": "心内科", "title": "senior", "points": 2}],
              "visits_per_month": {"B3": 3},
              "zones": [{"id": "red", "name": "重点区"}, {"id": "grey", "name": "灰区", "name_en": "Grey", "color": "#888888", "cells": ["C3"]}],
              "zone_priority": ["red", "yellow", "blue", "grey"],
              "lunch": "12:00-13:00"
            }
            """)
        #expect(problems == [])
        let r = try #require(rules)
        #expect(r.t1MinRevenue == 500_000_000)
        #expect(r.t2MinRevenue == 100_000_000)
        #expect(r.baseScore(tier: .t2, titleGroup: .attending) == 6)
        #expect(r.baseScore(tier: .t2, titleGroup: .senior) == 7)
        #expect(r.bonuses == [Bonus(department: "心内科", titleGroup: .senior, points: 2)])
        #expect(r.visitsPerMonth[.b3] == 3)
        #expect(r.zone(id: "red")?.name == "重点区")
        #expect(r.zone(id: "red")?.cells == [.a1, .a2, .b1, .b2])
        #expect(r.zone(of: .c3)?.id == "grey")
        #expect(r.zone(id: "blue")?.cells == [.c1, .c2])
        #expect(r.lunch.description == "12:00-13:00")
    }

    @Test("A rules.json override changes a doctor's grade in a loaded territory")
    func overrideInTerritory() throws {
        // With T1 above 40亿, 瑞金 (30亿) becomes T2: D1 主治 = 5 → B1, D3 主任 = 7 → B2.
        let f = try Fixture(["rules.json": #"{"tier_thresholds": {"t1_min_revenue": "40亿"}}"#])
        let cells = try f.load().territory.gradedDoctors().map(\.cell.id)
        #expect(cells == ["B1", "C3", "B2", "B3"])
    }

    @Test("JSON that does not parse gives line and column")
    func syntax() {
        let (rules, problems) = parse("{\n  \"max_score\": 12,\n  \"zones\": [ x ]\n}")
        #expect(rules == nil)
        #expect(problems == ["rules.json:3:14: error: does not parse as JSON: Invalid value around character 34; check commas, quotes and brackets near there"])
    }

    @Test("An unknown cell, an unknown zone in zone_priority, an unknown key")
    func unknowns() {
        let (rules, problems) = parse(
            """
            {
              "visits_per_month": {"A4": 2},
              "zone_priorty": ["red"]
            }
            """)
        #expect(rules == nil)
        #expect(
            problems == [
                #"rules.json:3:3: error: unknown key "zone_priorty"; did you mean "zone_priority"?"#,
                #"rules.json:2:24: error: visits_per_month names unknown cell "A4"; cells are A1, A2, A3, B1, B2, B3, C1, C2, C3"#,
            ])
        let (_, p2) = parse(#"{"zone_priority": ["red", "green"]}"#)
        #expect(p2 == [#"rules.json: error: zone_priority names unknown zone "green"; correct rules.json"#])
    }

    @Test("balance_cap and balance_tolerance are given in per cent and points, and checked")
    func balance() {
        let (rules, problems) = parse(#"{"balance_cap": 110, "balance_tolerance": 2.5}"#)
        #expect(problems == [])
        #expect(rules?.balanceCap == 1.1)
        #expect(rules?.balanceTolerance == 0.025)
        let (bad, p2) = parse("{\n  \"balance_cap\": 1.05\n}")
        #expect(bad == nil)
        #expect(p2.count == 1 && p2[0].hasPrefix("rules.json:2:") && p2[0].contains("\"balance_cap\" must be a number in 50.0…300.0, not 1.05"))
    }
}
