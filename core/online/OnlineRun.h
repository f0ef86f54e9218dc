#pragma once

// Internal to OnlineChecker: what one check collects from the project and gets back from the
// sources, shared by the part that asks (OnlineChecker.cpp) and the part that turns the
// answers into findings (OnlineFindings.cpp).

#include "dockerfile/Dockerfile.h"
#include "online/HttpClient.h"
#include "online/ImageReference.h"
#include "online/JsonSource.h"
#include "online/OnlineCache.h"
#include "online/OnlineChecker.h"
#include "online/RegistryClient.h"
#include "online/WheelTags.h"
#include "rules/RuleContext.h"
#include "rules/python/PythonRequirementCollector.h"
#include "scan/ProjectFiles.h"

#include <memory>
#include <optional>

namespace Armlift {

struct ParsedDockerfile
{
    QString path;
    Dockerfile dockerfile;
    QList<ShellSource> shell;
};

struct ImageSite
{
    int file = -1;                 // index into Run::files
    int instruction = -1;
    SourceRange range;             // the image word
    SourceRange tagRange;          // the tag as written; invalid when it cannot be edited
    QString image;                 // expanded
    ImageReference ref;
    QString key;                   // one question per distinct image
};

struct RequirementSite
{
    PythonRequirement requirement;
    PythonTarget target;
    QString pin;
};

struct OnlineChecker::Run
{
    // No QObject parent: the clients belong to the thread that runs start(), which is the
    // checker's thread also after the GUI moved the checker to a worker thread.
    Run(const OnlineSettings &settings, const RegistryCredentialProvider *credentials)
        : cache(settings.effectiveCacheDir(), settings.ttlSeconds)
        , http(new HttpClient(settings))
        , registry(new RegistryClient(http, &cache, settings, credentials))
    {
    }
    ~Run()
    {
        delete registry;
        delete http;
    }

    OnlineReport report;
    std::unique_ptr<ProjectFiles> project;
    QList<std::shared_ptr<ParsedDockerfile>> files;
    QList<ImageSite> images;
    QList<RequirementSite> requirements;
    QList<int> goFiles;            // files with an ARM201 finding

    QHash<QString, PlatformAnswer> platformAnswers;  // by ImageSite::key
    QHash<QString, QString> replacementTags;         // by ImageSite::key
    QHash<QString, JsonAnswer> pypiAnswers;          // by normalized package name
    std::optional<JsonAnswer> goAnswer;

    OnlineCache cache;
    HttpClient *http;
    RegistryClient *registry;
    int pending = 0;
    bool cancelled = false;
    bool finished = false;
};

// Turns the answers into findings: adjusts run.report.result and fills problems/sources.
void applyOnlineAnswers(OnlineChecker::Run &run);

} // namespace Armlift
