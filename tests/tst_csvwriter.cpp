// CsvWriter: the day log's file opens the same in any spreadsheet (RFC 4180, UTF-8, CRLF), and a
// rep's note can never run as a formula on the machine of whoever opens it.
#include "core/CsvWriter.h"

#include <QTest>

using namespace engage;

class TestCsvWriter : public QObject
{
    Q_OBJECT

private slots:
    void field_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("written");
        QTest::newRow("plain") << QStringLiteral("No answer") << QStringLiteral("No answer");
        QTest::newRow("empty") << QString() << QString();
        QTest::newRow("comma") << QStringLiteral("Globex, Ltd.")
                               << QStringLiteral("\"Globex, Ltd.\"");
        QTest::newRow("quote") << QStringLiteral("said \"call me\"")
                               << QStringLiteral("\"said \"\"call me\"\"\"");
        QTest::newRow("only a quote") << QStringLiteral("\"") << QStringLiteral("\"\"\"\"");
        QTest::newRow("LF") << QStringLiteral("two\nlines") << QStringLiteral("\"two\nlines\"");
        QTest::newRow("CRLF") << QStringLiteral("a\r\nb") << QStringLiteral("\"a\r\nb\"");
        QTest::newRow("spaces kept")
            << QStringLiteral("  padded  ") << QStringLiteral("  padded  ");
        QTest::newRow("unicode") << QStringLiteral("Zoë Ångström · 東京")
                                 << QStringLiteral("Zoë Ångström · 東京");
        // Formula injection.
        QTest::newRow("=") << QStringLiteral("=1+1") << QStringLiteral("'=1+1");
        QTest::newRow("= with comma")
            << QStringLiteral("=HYPERLINK(\"http://x\",\"y\")")
            << QStringLiteral("\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\"");
        QTest::newRow("+") << QStringLiteral("+49 30 1234") << QStringLiteral("'+49 30 1234");
        QTest::newRow("@") << QStringLiteral("@SUM(A1)") << QStringLiteral("'@SUM(A1)");
        QTest::newRow("tab") << QStringLiteral("\t=1") << QStringLiteral("'\t=1");
        QTest::newRow("CR") << QStringLiteral("\r=1") << QStringLiteral("\"'\r=1\"");
        QTest::newRow("- formula") << QStringLiteral("-2+3") << QStringLiteral("'-2+3");
        QTest::newRow("- DDE") << QStringLiteral("-cmd|' /C calc'!A0")
                               << QStringLiteral("'-cmd|' /C calc'!A0");
        QTest::newRow("- text") << QStringLiteral("- call back") << QStringLiteral("'- call back");
        QTest::newRow("- alone") << QStringLiteral("-") << QStringLiteral("-");
        QTest::newRow("negative") << QStringLiteral("-12") << QStringLiteral("-12");
        QTest::newRow("negative decimal") << QStringLiteral("-3.25") << QStringLiteral("-3.25");
        QTest::newRow("negative decimal comma")
            << QStringLiteral("-3,25") << QStringLiteral("\"-3,25\"");
        QTest::newRow("= later") << QStringLiteral("a=b") << QStringLiteral("a=b");
        QTest::newRow("apostrophe") << QStringLiteral("'quoted") << QStringLiteral("'quoted");
    }

    void field()
    {
        QFETCH(QString, value);
        QFETCH(QString, written);
        QCOMPARE(CsvWriter::field(value), written);
        QCOMPARE(CsvWriter::row({value}), written.toUtf8() + "\r\n");
    }

    void rowJoinsWithCommasAndEndsInCrlf()
    {
        QCOMPARE(CsvWriter::row({QStringLiteral("a"), QString(), QStringLiteral("b,c")}),
                 QByteArray("a,,\"b,c\"\r\n"));
        QCOMPARE(CsvWriter::row({}), QByteArray("\r\n"));
    }

    void tableIsTheHeaderThenTheRowsInUtf8()
    {
        const QByteArray csv =
            CsvWriter::table({QStringLiteral("Time"), QStringLiteral("Contact")},
                             {{QStringLiteral("09:00"), QStringLiteral("Zoë")},
                              {QStringLiteral("09:05"), QStringLiteral("=evil()")}});
        QCOMPARE(csv, QByteArray("Time,Contact\r\n09:00,Zo\xc3\xab\r\n09:05,'=evil()\r\n"));
        // No byte-order mark.
        QVERIFY(!csv.startsWith("\xef\xbb\xbf"));
        QCOMPARE(CsvWriter::table({QStringLiteral("A")}, {}), QByteArray("A\r\n"));
    }
};

QTEST_GUILESS_MAIN(TestCsvWriter)
#include "tst_csvwriter.moc"
