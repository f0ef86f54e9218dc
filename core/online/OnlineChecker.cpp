#include "online/OnlineChecker.h"

#include "kb/KnowledgeBase.h"
#include "online/OnlineRun.h"
#include "rules/native/WordMap.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QTimer>
#include <QUrl>

namespace Armlift {

using namespace Qt::StringLiterals;

namespace {

// The image word of a FROM line: the first word of its arguments (flags are parsed apart).
void imageWord(const Instruction &in, int *begin, int *end)
{
    const QString &args = in.args.text();
    int b = 0;
    while (b < args.size() && args.at(b).isSpace())
        ++b;
    int e = b;
    while (e < args.size() && !args.at(e).isSpace())
        ++e;
    *begin = b;
    *end = e;
}

} // namespace

QString OnlineSourceStatus::stateName(State s)
{
    switch (s) {
    case State::Unused: return QStringLiteral("unused");
    case State::Online: return QStringLiteral("online");
    case State::Cache: return QStringLiteral("cache");
    case State::Offline: return QStringLiteral("offline");
    case State::RateLimited: return QStringLiteral("rate-limited");
    case State::AuthNeeded: return QStringLiteral("auth-needed");
    case State::Failed: return QStringLiteral("failed");
    }
    return {};
}

OnlineChecker::OnlineChecker(const OnlineSettings &settings, const RegistryCredentialProvider *credentials,
                             QObject *parent)
    : QObject(parent)
    , m_settings(settings)
    , m_credentials(credentials)
{
    qRegisterMetaType<Armlift::OnlineReport>();
}

OnlineChecker::~OnlineChecker() = default;

bool OnlineChecker::isRunning() const
{
    return m_run && !m_run->finished;
}

void OnlineChecker::start(const ScanResult &scan, const QHash<QString, QString> &overrides)
{
    if (isRunning())
        cancel();
    if (m_run) {
        // start() may be called from a slot connected to finished(), i.e. from inside a
        // callback of the old run's network client: delete that run later, not here.
        m_retired.push_back(std::move(m_run));
        QTimer::singleShot(0, this, [this] { m_retired.clear(); });
    }
    m_run = std::make_unique<Run>(m_settings, m_credentials);
    Run &run = *m_run;
    run.report.result = scan;
    run.project = std::make_unique<ProjectFiles>(scan.root);
    for (auto it = overrides.cbegin(); it != overrides.cend(); ++it)
        run.project->setOverride(it.key(), it.value());

    const KnowledgeBase &kb = KnowledgeBase::bundled();
    QStringList goPaths;
    for (const Finding &f : scan.findings)
        if (f.ruleId == u"ARM201"_s && !goPaths.contains(f.file))
            goPaths.append(f.file);

    for (const ScannedFile &sf : scan.files) {
        if (sf.kind != u"dockerfile"_s)
            continue;
        QString text;
        QString error;
        if (!run.project->readText(sf.path, &text, &error))
            continue; // the offline scan already reported it
        auto parsed = std::make_shared<ParsedDockerfile>();
        parsed->path = sf.path;
        parsed->dockerfile = Dockerfile::parse(sf.path, text);
        parsed->shell = collectShellSources(parsed->dockerfile);
        const int fileIndex = int(run.files.size());
        run.files.append(parsed);
        const Dockerfile &df = parsed->dockerfile;

        // Base images, the way BaseImageRule picks them (ARM101 owns constant platform pins).
        for (const Stage &st : df.stages()) {
            if (!m_settings.checkImages)
                break;
            if (!st.platform.isEmpty() && !st.platform.contains(u'$'))
                continue;
            const int parent = st.baseStage;
            if (parent >= 0 && parent < st.index && !df.stages().at(parent).name.isEmpty())
                continue;
            const QString image = df.expandGlobal(st.image);
            if (image.contains(u'$') || image.compare(u"scratch", Qt::CaseInsensitive) == 0)
                continue;
            ImageSite site;
            if (!ImageReference::parse(image, &site.ref))
                continue;
            const Instruction &in = df.instructions().at(st.fromInstruction);
            int b = 0;
            int e = 0;
            imageWord(in, &b, &e);
            site.file = fileIndex;
            site.instruction = st.fromInstruction;
            site.range = rangeIn(df, in.args, b, e);
            site.image = image;
            site.key = site.ref.registry + u'/' + site.ref.repository + u'@' + site.ref.reference();
            const QString written = in.args.text().mid(b, e - b);
            if (site.ref.digest.isEmpty() && written == st.image && written.endsWith(u':' + site.ref.tag))
                site.tagRange = rangeIn(df, in.args, e - int(site.ref.tag.size()), e);
            run.images.append(site);
        }

        // Pinned Python requirements, with the interpreter of their stage.
        const RuleContext ctx{df, kb, *run.project, sf.path, parsed->shell};
        const QList<PythonRequirement> pythonRequirements =
            m_settings.checkPython ? PythonRequirementCollector::collect(ctx) : QList<PythonRequirement>();
        for (const PythonRequirement &r : pythonRequirements) {
            const QString pin = r.requirement.pinnedVersion();
            if (pin.isEmpty() || pin.contains(u'*') || r.noBinary)
                continue;
            RequirementSite site{r, PythonTarget::fromImage(df.expandGlobal(baseImageOf(df, r.stage))), pin};
            run.requirements.append(site);
        }
        if (m_settings.checkGo && goPaths.contains(sf.path))
            run.goFiles.append(fileIndex);
    }
    // Answers always arrive after start() returns, also when there is nothing to ask.
    QTimer::singleShot(0, this, [this, r = m_run.get()] { launch(r); });
}

void OnlineChecker::launch(Run *current)
{
    if (current != m_run.get() || current->finished)
        return; // replaced by a later start()
    Run &run = *current;
    ++run.pending; // held until every question is out, so done() cannot run early

    QSet<QString> asked;
    for (const ImageSite &site : std::as_const(run.images)) {
        if (asked.contains(site.key))
            continue;
        asked.insert(site.key);
        ++run.pending;
        run.registry->platforms(site.ref, [this, &run, site](const PlatformAnswer &a) {
            run.platformAnswers.insert(site.key, a);
            if (a.ok() && !a.hasLinuxArm64() && !a.platforms.isEmpty() && !run.cancelled) {
                run.registry->findArm64Tag(site.ref, 3, [this, &run, key = site.key](const QString &tag) {
                    if (!tag.isEmpty())
                        run.replacementTags.insert(key, tag);
                    done(&run);
                });
                return;
            }
            done(&run);
        });
    }

    QString base = m_settings.pypiUrl;
    while (base.endsWith(u'/'))
        base.chop(1);
    for (const RequirementSite &site : std::as_const(run.requirements)) {
        const QString name = site.requirement.requirement.normalizedName;
        if (asked.contains(u"pypi:" + name))
            continue;
        asked.insert(u"pypi:" + name);
        ++run.pending;
        const QUrl url(base + u'/' + name + QStringLiteral("/json"));
        fetchJson(run.http, &run.cache, m_settings.offline, u"pypi:" + url.toString(), url,
                  [this, &run, name](const JsonAnswer &a) {
                      run.pypiAnswers.insert(name, a);
                      done(&run);
                  });
    }

    if (!run.goFiles.isEmpty()) {
        QString dl = m_settings.goDlUrl;
        while (dl.endsWith(u'/'))
            dl.chop(1);
        const QUrl url(dl + QStringLiteral("/?mode=json&include=all"));
        ++run.pending;
        fetchJson(run.http, &run.cache, m_settings.offline, u"go.dev:" + url.toString(), url,
                  [this, &run](const JsonAnswer &a) {
                      run.goAnswer = a;
                      done(&run);
                  });
    }
    done(&run);
}

void OnlineChecker::done(Run *current)
{
    if (current != m_run.get())
        return; // an answer for a run that start() replaced
    Run &run = *current;
    if (--run.pending > 0 || run.finished)
        return;
    run.finished = true;
    if (run.cancelled) {
        run.report.cancelled = true;
    } else {
        applyOnlineAnswers(run);
    }
    run.report.requests = run.http->requestsSent();
    const OnlineReport report = run.report;
    Q_EMIT finished(report);
}

void OnlineChecker::cancel()
{
    if (!isRunning())
        return;
    m_run->cancelled = true;
    m_run->http->cancelAll(); // every open question answers "cancelled"; done() emits finished
}

OnlineReport runOnlineChecks(const ScanResult &scan, const OnlineSettings &settings,
                             const RegistryCredentialProvider *credentials, const QHash<QString, QString> &overrides)
{
    OnlineChecker checker(settings, credentials);
    QEventLoop loop;
    OnlineReport report;
    QObject::connect(&checker, &OnlineChecker::finished, &loop, [&](const OnlineReport &r) {
        report = r;
        loop.quit();
    });
    checker.start(scan, overrides);
    loop.exec();
    return report;
}

} // namespace Armlift
