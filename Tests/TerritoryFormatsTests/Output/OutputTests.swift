import Testing

@testable import TerritoryFormats

@Suite("Output writers")
struct OutputTests {
    @Test(
        "CSV fields are quoted only when needed and formulas neutralised",
        arguments: [
            ("plain", "plain"), ("a,b", "\"a,b\""), ("say \"hi\"", "\"say \"\"hi\"\"\""), ("two\nlines", "\"two\nlines\""),
            ("=SUM(A1)", "'=SUM(A1)"), ("+86", "'+86"), ("-5", "'-5"), ("@x", "'@x"), ("\tx", "'\tx"), ("=1,2", "\"'=1,2\""),
            ("王芳", "王芳"), ("", ""),
        ])
    func csvEscape(field: String, written: String) {
        #expect(CSVWriter.escape(field) == written)
    }

    @Test("A CSV document starts with the UTF-8 BOM and ends lines with CRLF")
    func csvDocument() {
        #expect(CSVWriter.render(header: ["序号", "医院"], rows: [["1", "瑞金, 总院"]]) == "\u{FEFF}序号,医院\r\n1,\"瑞金, 总院\"\r\n")
    }

    @Test("JSON keeps the given key order, or sorts it, and writes UTF-8 unescaped")
    func json() {
        let v = JSONValue.object([("b", .int(1)), ("a", .array([.string("红区"), .null, .bool(true), .double(1.5)])), ("c", .string("q\"\n"))])
        #expect(JSONWriter.render(v, pretty: false) == #"{"b":1,"a":["红区",null,true,1.5],"c":"q\"\n"}"#)
        #expect(JSONWriter.render(v, sortKeys: true, pretty: false) == #"{"a":["红区",null,true,1.5],"b":1,"c":"q\"\n"}"#)
        #expect(JSONWriter.render(.object([("k", .array([]))])) == "{\n  \"k\": []\n}\n")
    }

    @Test(
        "Display width counts CJK as two columns and ANSI escapes as none",
        arguments: [
            ("abc", 3), ("医院", 4), ("月均处方量(支)", 14), ("\u{1B}[1;31mA1\u{1B}[0m", 2), ("，", 2), ("", 0),
        ])
    func width(text: String, columns: Int) {
        #expect(DisplayWidth.of(text) == columns)
    }

    @Test("Tables align mixed Chinese and Latin text")
    func table() {
        let t = TextTable(header: ["姓名", "n"], rows: [["王芳", "120"], ["Li", "5"]], rightAligned: [1])
        #expect(t.render() == "姓名    n\n王芳  120\nLi      5\n")
    }

    @Test("Natural order compares digit runs by value")
    func natural() {
        #expect(["H10", "H2", "H1", "R02", "R1"].sorted(by: NaturalOrder.less) == ["H1", "H2", "H10", "R1", "R02"])
    }
}
