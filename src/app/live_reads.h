#pragma once

// When something QML makes on a page (a list, a count) may read the notebook: once QML has set
// all its properties (classBegin to componentComplete, in whatever order QML sets them), and
// only while someone sees it (`live`). A read asked for while it may not read is owed, and is
// made when it may.
class LiveReads
{
public:
    bool live() const { return m_live; }
    // QML begins setting the properties: nothing is read until complete().
    void begin() { m_complete = false; }
    // QML has set them all; the owner then reads (its first read).
    void complete() { m_complete = true; }
    // Whether the owner reads now: it became seen and a read is owed.
    bool setLive(bool live)
    {
        m_live = live;
        return m_live && m_stale;
    }
    // Whether a read asked for now is made; otherwise it is owed.
    bool mayRead()
    {
        if (!m_complete)
            return false; // complete() reads
        if (!m_live) {
            m_stale = true;
            return false;
        }
        m_stale = false;
        return true;
    }

private:
    bool m_live = true;
    bool m_stale = false; // a read was asked for while nobody saw it
    bool m_complete = true; // false while QML sets the properties
};
