// ldpub — MIT licence.
// libFuzzer target: random valid publications → every exporter → the validators of LinkedDataValidation.

#if canImport(Glibc)
import Glibc
#endif
import FuzzSupport

@_silgen_name("LLVMFuzzerRunDriver")
func LLVMFuzzerRunDriver(
    _ argc: UnsafeMutablePointer<CInt>,
    _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>>,
    _ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt
) -> CInt

let check = BuildCheck()
/// `FUZZ_DUMP=folder` (with `Scripts/fuzz FuzzExport --replay FILE`): also write the build there.
let dumpFolder = getenv("FUZZ_DUMP").map { String(cString: $0) }
var argc = CommandLine.argc
var argv = CommandLine.unsafeArgv
exit(LLVMFuzzerRunDriver(&argc, &argv) { data, count in
    let bytes = data.map { Array(UnsafeBufferPointer(start: $0, count: count)) } ?? []
    var generator = PublicationGenerator(bytes)
    let publication = generator.make()
    if let dumpFolder { OutputDump.write(publication, to: dumpFolder) }
    FuzzFailure.check(check.problems(building: publication))
    return 0
})
