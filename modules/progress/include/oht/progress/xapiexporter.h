#pragma once

#include "oht/core/result.h"

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>

namespace oht::progress {

class ProgressDatabase;
struct Profile;
struct RecordEvent;

/// The learner's record as xAPI 1.0.3 statements (a JSON array), one per completion,
/// finished attempt (passed/failed), answer, opening and active-time report.
///
/// actor: the profile's name and account {homePage: kAccountHomePage, name: profile uuid};
/// object: https://onehealthtech.org/packs/<packId>/<itemId>[#<questionId>];
/// context.registration: the attempt id; context.extensions[kAttemptExtension]: what an
/// import needs to recreate the attempt (pack version, quiz SHA-256, mode, seed, start).
class XapiExporter
{
public:
    static constexpr const char *kAccountHomePage = "https://onehealthtech.org/toolkit";
    static constexpr const char *kActivityBase = "https://onehealthtech.org/packs/";
    static constexpr const char *kAttemptExtension =
        "https://onehealthtech.org/toolkit/xapi/attempt";

    explicit XapiExporter(ProgressDatabase &db);

    Result<QJsonArray> statements(qint64 profileId) const;
    /// statements() as indented UTF-8 JSON, ready to save.
    Result<QByteArray> exportJson(qint64 profileId) const;

    /// One statement (pure).
    static QJsonObject statement(const Profile &profile, const RecordEvent &event);
    /// ISO 8601 duration, e.g. "PT1H2M5S", "PT0S".
    static QString isoDuration(qint64 milliseconds);

private:
    ProgressDatabase &m_db;
};

} // namespace oht::progress
