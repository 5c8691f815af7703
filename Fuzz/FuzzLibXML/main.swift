import Foundation
import LibXML

// libFuzzer target for the libxml2 wrapper: parses each input as HTML and as XML and reads every
// node, as importers do. Built only by scripts/fuzz.sh with `-sanitize=fuzzer`.

/// One fuzz input.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzLibXML(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    let bytes = data.map { Array(UnsafeBufferPointer(start: $0, count: size)) } ?? []
    if let html = try? HTMLDocument(bytes: bytes) {
        for node in html.select("//node()").prefix(5000) {
            _ = node.textContent
            _ = node.attribute("href")
            _ = node.classes
        }
    }
    if let xml = try? XMLDocument(bytes: bytes) {
        for node in xml.select("//node()").prefix(5000) {
            _ = node.textContent
            _ = node.children.count
        }
    }
    return 0
}

/// libFuzzer's driver (SwiftPM renames an executable's `main`, so libFuzzer's own cannot be used).
@_silgen_name("LLVMFuzzerRunDriver")
func LLVMFuzzerRunDriver(_ argc: UnsafeMutablePointer<Int32>, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>>,
                         _ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> Int32) -> Int32

var argumentCount = CommandLine.argc
var arguments = CommandLine.unsafeArgv
exit(LLVMFuzzerRunDriver(&argumentCount, &arguments, fuzzLibXML))
