import TerritoryModel
import Testing

/// Every accepted spelling of level, title and behaviour (issue 2, item 2).
@Suite("Accepted spellings")
struct SpellingTests {
    @Test(
        "Hospital levels",
        arguments: [
            ("三级甲等", HospitalLevel.tertiary), ("三级乙等", .tertiary), ("三级丙等", .tertiary), ("三级特等", .tertiary),
            ("三甲", .tertiary), ("三乙", .tertiary), ("三级", .tertiary), ("3A", .tertiary), ("3", .tertiary), ("３", .tertiary),
            ("tertiary", .tertiary), ("Tertiary", .tertiary),
            ("二级甲等", .secondary), ("二级乙等", .secondary), ("二级丙等", .secondary), ("二甲", .secondary), ("二乙", .secondary),
            ("二级", .secondary), ("2A", .secondary), ("2", .secondary), ("secondary", .secondary),
            ("一级甲等", .primary), ("一级乙等", .primary), ("一级丙等", .primary), ("一甲", .primary), ("一级", .primary),
            ("1", .primary), ("primary", .primary),
            ("未定级", .unrated), ("unrated", .unrated), (" 三甲 ", .tertiary),
        ])
    func levels(text: String, level: HospitalLevel) {
        #expect(HospitalLevel(parsing: text) == level)
    }

    @Test("Every listed level spelling parses")
    func listedLevels() {
        for s in HospitalLevel.acceptedSpellings { #expect(HospitalLevel(parsing: s) != nil, "\(s)") }
    }

    @Test(
        "Titles",
        arguments: [
            ("主任医师", TitleGroup.senior), ("副主任医师", .senior), ("教授", .senior), ("副教授", .senior), ("主任", .senior),
            ("副主任", .senior), ("chief", .senior), ("Chief Physician", .senior), ("associate chief", .senior),
            ("associate chief physician", .senior),
            ("主治医师", .attending), ("主治", .attending), ("attending", .attending), ("attending physician", .attending),
            ("住院医师", .resident), ("医师", .resident), ("医士", .resident), ("规培", .resident), ("规培医师", .resident),
            ("resident", .resident), ("resident physician", .resident), ("physician", .resident),
        ])
    func titles(text: String, group: TitleGroup) {
        #expect(TitleGroup(parsing: text) == group)
    }

    @Test("Every listed title spelling parses")
    func listedTitles() {
        for s in TitleGroup.acceptedSpellings { #expect(TitleGroup(parsing: s) != nil, "\(s)") }
    }

    @Test(
        "Behaviours",
        arguments: [
            ("首选", Behavior.firstChoice), ("1", .firstChoice), ("１", .firstChoice), ("first choice", .firstChoice), ("First Choice", .firstChoice),
            ("次选", .secondChoice), ("2", .secondChoice), ("second choice", .secondChoice),
            ("竞品", .competitor), ("3", .competitor), ("competitor", .competitor),
        ])
    func behaviors(text: String, behavior: Behavior) {
        #expect(Behavior(parsing: text) == behavior)
    }

    @Test("Unknown spellings do not parse", arguments: ["四级", "主冶医师", "4", "", "maybe"])
    func unknown(text: String) {
        #expect(HospitalLevel(parsing: text) == nil)
        #expect(TitleGroup(parsing: text) == nil)
        #expect(Behavior(parsing: text) == nil)
    }

    @Test("Suggestions find the closest accepted spelling")
    func suggestions() {
        #expect(Suggestion.closest(to: "attendng", among: TitleGroup.acceptedSpellings) == "attending")
        #expect(Suggestion.closest(to: "三纪", among: HospitalLevel.acceptedSpellings) == "三级")
        #expect(Suggestion.closest(to: "首先", among: Behavior.acceptedSpellings) == "首选")
        #expect(Suggestion.closest(to: "zzzzzzzz", among: Behavior.acceptedSpellings) == nil)
    }
}

@Suite("One vocabulary per concept")
struct VocabularyTests {
    @Test("every spelling a message shows or a suggestion offers is one the parser accepts")
    func shownAndAcceptedParse() {
        for s in HospitalLevel.acceptedSpellings + HospitalLevel.shownSpellings { #expect(HospitalLevel(parsing: s) != nil, "\(s)") }
        for s in TitleGroup.acceptedSpellings + TitleGroup.shownSpellings { #expect(TitleGroup(parsing: s) != nil, "\(s)") }
        for s in Behavior.acceptedSpellings + Behavior.shownSpellings { #expect(Behavior(parsing: s) != nil, "\(s)") }
    }

    @Test("the title and behaviour tables give each spelling one meaning")
    func noSpellingTwice() {
        #expect(Set(TitleGroup.acceptedSpellings).count == TitleGroup.acceptedSpellings.count)
        #expect(Set(Behavior.acceptedSpellings).count == Behavior.acceptedSpellings.count)
        #expect(TitleGroup(parsing: "Associate  Chief") == .senior)
        #expect(Behavior(parsing: "３") == .competitor)
    }
}
