#include "manifest/npm/NpmManifests.h"

#include "manifest/npm/JsonTree.h"

#include <QCoreApplication>

namespace Armlift {

using namespace Qt::StringLiterals;

namespace {

QStringList stringList(const JsonNode *n)
{
    QStringList out;
    if (!n)
        return out;
    if (n->isString())
        out.append(n->string);
    for (const auto &e : n->elements)
        if (e->isString())
            out.append(e->string);
    return out;
}

// "node_modules/a/node_modules/@s/b" -> "@s/b"
QString nameFromPackagePath(const QString &path)
{
    const int at = int(path.lastIndexOf(QStringLiteral("node_modules/")));
    return at < 0 ? QString() : path.mid(at + 13);
}

void addV1(const NpmLockfile &lock, const JsonNode &deps, QList<LockedPackage> &out, int depth)
{
    if (depth > 64)
        return;
    for (const JsonNode::Member &m : deps.members) {
        if (!m.value || !m.value->isObject())
            continue;
        LockedPackage p;
        p.name = m.key;
        p.version = m.value->stringValue(QStringLiteral("version"));
        p.range = lock.document.rangeOf(m.keyStart, m.keyEnd);
        const JsonNode *opt = m.value->value(QStringLiteral("optional"));
        p.optional = opt && opt->string == u"true"_s;
        // npm:alias@version keeps the real version after the last '@'.
        if (p.version.startsWith(u"npm:"))
            p.version = p.version.mid(p.version.lastIndexOf(u'@') + 1);
        out.append(p);
        if (const JsonNode *nested = m.value->value(QStringLiteral("dependencies")); nested && nested->isObject())
            addV1(lock, *nested, out, depth + 1);
    }
}

} // namespace

PackageJson PackageJson::parse(const QString &path, const QString &text)
{
    PackageJson pj;
    pj.path = path;
    pj.document = TextDocument(text);
    QString error;
    const auto root = parseJsonTree(pj.document.text(), &error);
    if (!root || !root->isObject()) {
        pj.error = root ? QCoreApplication::translate("NpmManifests", "%1: not a JSON object").arg(path)
                        : QStringLiteral("%1: %2").arg(path, error);
        return pj;
    }
    pj.name = root->stringValue(QStringLiteral("name"));
    for (const char *section : {"dependencies", "optionalDependencies", "devDependencies", "peerDependencies"}) {
        const JsonNode *deps = root->value(QLatin1String(section));
        if (!deps || !deps->isObject())
            continue;
        for (const JsonNode::Member &m : deps->members) {
            if (!m.value || !m.value->isString())
                continue;
            NpmDependency d;
            d.name = m.key;
            d.spec = m.value->string;
            d.section = QLatin1String(section);
            d.keyStart = m.keyStart;
            d.valueEnd = m.value->end;
            d.range = pj.document.rangeOf(m.keyStart, m.value->end);
            d.specRange = pj.document.rangeOf(m.value->start + 1, m.value->end - 1);
            pj.dependencies.append(d);
        }
    }
    return pj;
}

const NpmDependency *PackageJson::dependency(const QString &packageName) const
{
    for (const NpmDependency &d : dependencies)
        if (d.name == packageName && d.section != u"peerDependencies"_s)
            return &d;
    return nullptr;
}

bool NpmLockfile::isLockfileName(const QString &fileName)
{
    return fileName == u"package-lock.json"_s || fileName == u"npm-shrinkwrap.json"_s || fileName == u"yarn.lock"_s
           || fileName == u"pnpm-lock.yaml"_s;
}

NpmLockfile NpmLockfile::parse(const QString &path, const QString &text)
{
    NpmLockfile lock;
    lock.path = path;
    lock.document = TextDocument(text);
    const QString fileName = path.mid(path.lastIndexOf(u'/') + 1);
    if (fileName == u"yarn.lock"_s) {
        lock.format = Format::Yarn;
        NpmLockText::parseYarn(lock);
        return lock;
    }
    if (fileName.endsWith(u".yaml") || fileName.endsWith(u".yml")) {
        lock.format = Format::Pnpm;
        NpmLockText::parsePnpm(lock);
        return lock;
    }
    QString error;
    const auto root = parseJsonTree(lock.document.text(), &error);
    if (!root || !root->isObject()) {
        lock.error = root ? QCoreApplication::translate("NpmManifests", "%1: not a JSON object").arg(path)
                          : QStringLiteral("%1: %2").arg(path, error);
        return lock;
    }
    if (const JsonNode *v = root->value(QStringLiteral("lockfileVersion")))
        lock.lockfileVersion = v->string.toInt();
    // v2 carries both "packages" and the v1 "dependencies"; "packages" is the truth.
    if (const JsonNode *packages = root->value(QStringLiteral("packages")); packages && packages->isObject()) {
        for (const JsonNode::Member &m : packages->members) {
            if (!m.value || !m.value->isObject() || m.key.isEmpty())
                continue;
            LockedPackage p;
            p.name = m.value->stringValue(QStringLiteral("name"));
            const QString pathName = nameFromPackagePath(m.key);
            if (pathName.isEmpty())
                continue; // a workspace folder, not an installed package
            if (p.name.isEmpty()) // "name" is only written for aliases (npm:real@1.0.0)
                p.name = pathName;
            p.version = m.value->stringValue(QStringLiteral("version"));
            p.range = lock.document.rangeOf(m.keyStart, m.keyEnd);
            const JsonNode *opt = m.value->value(QStringLiteral("optional"));
            p.optional = opt && opt->string == u"true"_s;
            p.os = stringList(m.value->value(QStringLiteral("os")));
            p.cpu = stringList(m.value->value(QStringLiteral("cpu")));
            lock.packages.append(p);
        }
    } else if (const JsonNode *deps = root->value(QStringLiteral("dependencies")); deps && deps->isObject()) {
        addV1(lock, *deps, lock.packages, 0);
    }
    return lock;
}

QList<const LockedPackage *> NpmLockfile::find(const QString &name) const
{
    QList<const LockedPackage *> out;
    for (const LockedPackage &p : packages)
        if (p.name == name)
            out.append(&p);
    return out;
}

bool NpmLockfile::contains(const QString &name) const
{
    for (const LockedPackage &p : packages)
        if (p.name == name)
            return true;
    return false;
}

} // namespace Armlift
