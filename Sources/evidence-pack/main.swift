import EvidencePackCLI
import EvidencePackModules
import Logging

LoggingSystem.bootstrap(StreamLogHandler.standardError)
await EvidencePackCommand.main(registry: BuiltinModules.registry)
