// Parses arbitrary bytes as each manifest a Dockerfile can pull in besides requirements files:
// package.json, package-lock.json, yarn.lock, pnpm-lock.yaml, Gemfile and Gemfile.lock.
#include "manifest/npm/NpmManifests.h"
#include "manifest/ruby/GemManifests.h"

#include <cstddef>
#include <cstdint>

using namespace Armlift;

namespace {

// A position outside the parsed text is a bug: fixes and findings would point nowhere.
void checkRange(const SourceRange &r, const TextDocument &doc)
{
    if (r.isValid() && (r.line > doc.lineCount() + 1 || r.endLine > doc.lineCount() + 1 || r.endLine < r.line))
        __builtin_trap();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    const PackageJson pkg = PackageJson::parse(QStringLiteral("package.json"), text);
    for (const NpmDependency &d : pkg.dependencies) {
        checkRange(d.range, pkg.document);
        checkRange(d.specRange, pkg.document);
    }
    for (const char *name : {"package-lock.json", "yarn.lock", "pnpm-lock.yaml"}) {
        const NpmLockfile lock = NpmLockfile::parse(QString::fromLatin1(name), text);
        for (const LockedPackage &p : lock.packages)
            checkRange(p.range, lock.document);
    }
    const Gemfile gemfile = Gemfile::parse(QStringLiteral("Gemfile"), text);
    for (const GemDeclaration &g : gemfile.gems) {
        checkRange(g.range, gemfile.document);
        GemVersion::allowsAtLeast(g.requirements, QStringLiteral("1.13.0"));
    }
    const GemfileLock lock = GemfileLock::parse(QStringLiteral("Gemfile.lock"), text);
    for (const LockedGem &g : lock.specs) {
        checkRange(g.range, lock.document);
        checkRange(g.versionRange, lock.document);
        GemVersion::compare(g.version, QStringLiteral("1.13.0.alpha2"));
    }
    return 0;
}
