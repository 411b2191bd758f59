import Testing

@testable import TerritoryFormats

@Suite("CSV reading (RFC 4180)")
struct CSVReaderTests {
    func fields(_ text: String) throws -> [[String]] { try CSVReader.parse(text).map(\.fields) }

    @Test("Plain records, LF and CRLF line ends, final line break optional")
    func plain() throws {
        #expect(try fields("a,b\n1,2\n") == [["a", "b"], ["1", "2"]])
        #expect(try fields("a,b\r\n1,2\r\n") == [["a", "b"], ["1", "2"]])
        #expect(try fields("a,b\r\n1,2") == [["a", "b"], ["1", "2"]])
        #expect(try fields("a,,c\n") == [["a", "", "c"]])
        #expect(try fields("a,b,\n") == [["a", "b", ""]])
    }

    @Test("Quoted fields hold commas, doubled quotes and line breaks")
    func quoted() throws {
        #expect(try fields("\"社区, 中心\",x\n") == [["社区, 中心", "x"]])
        #expect(try fields("\"say \"\"hi\"\"\",x\n") == [["say \"hi\"", "x"]])
        #expect(try fields("\"line1\nline2\",x\n") == [["line1\nline2", "x"]])
        #expect(try fields("\"line1\r\nline2\",x\r\n") == [["line1\nline2", "x"]])
        #expect(try fields("\"\",x\n") == [["", "x"]])
    }

    @Test("Line numbers count the line breaks inside quoted fields")
    func lines() throws {
        let records = try CSVReader.parse("h1,h2\n\"a\nb\",1\nc,2\n\nd,3\n")
        #expect(records.map(\.line) == [1, 2, 4, 5, 6])
        #expect(records[3].isBlank)
    }

    @Test("Excel's leniency: a quote inside an unquoted field is text")
    func lenient() throws {
        #expect(try fields("5\" tall,x\n") == [["5\" tall", "x"]])
    }

    @Test("An unterminated quote reports the line and field where it opens")
    func unterminated() {
        #expect(throws: CSVUnterminatedQuote(line: 3, column: 2)) {
            try CSVReader.parse("a,b\n1,2\n3,\"oops\n4,5\n")
        }
    }
}
