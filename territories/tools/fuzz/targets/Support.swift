import Foundation
import TerritoryFormats

/// A crash libFuzzer records, when a reader fails without a structured diagnostic (or calls a file's content a
/// usage error: content is always `invalid`, exit 65, or `missing`, exit 66).
func requireStructured(_ error: TerritoryLoadError) {
    if error.errors.isEmpty || !error.errors.allSatisfy({ $0.file != nil && !$0.message.isEmpty })
        || error.kind == .misused
    {
        fatalError("unstructured refusal: \(error.description)")
    }
}

/// The corpus folder (TERRITORY_FUZZ_CORPUS), for the files a target does not mutate.
let corpus = URL(fileURLWithPath: ProcessInfo.processInfo.environment["TERRITORY_FUZZ_CORPUS"] ?? "Tests/Fixtures/fuzz")

func bytes(_ data: UnsafePointer<UInt8>, _ size: Int) -> Data { Data(bytes: data, count: size) }
