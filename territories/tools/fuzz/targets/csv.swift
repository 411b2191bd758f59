import Foundation
import TerritoryFormats

/// The encoding detector and the CSV reader: any bytes give text or `UndecodableText`, then records or `CSVUnterminatedQuote`.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzCSV(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    do {
        let (text, _) = try TextDecoder.decode(bytes(data, size))
        do {
            let records = try CSVReader.parse(text)
            if records.contains(where: { $0.line < 1 }) { fatalError("record without a line") }
        } catch {
            if error.line < 1 || error.column < 1 { fatalError("quote error without a place") }
        }
    } catch {
        if error.byteOffset < 0 || error.byteOffset >= max(1, size) || error.line < 1 { fatalError("bad offset \(error)") }
    }
    return 0
}
