<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AppContext</name>
    <message>
        <location filename="../../src/engagements/gui/context.py" line="36"/>
        <source>the database is still opening</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/context.py" line="63"/>
        <source>the database is open read only (--read-only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/context.py" line="74"/>
        <source>{why}; try again in a moment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/context.py" line="88"/>
        <source>Not available: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/context.py" line="114"/>
        <source>read only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/context.py" line="122"/>
        <source>{what}: done. This cannot be undone (the undo history was cleared).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/context.py" line="124"/>
        <source>{what}: done. This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/context.py" line="132"/>
        <source>Could not finish</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BookingDialog</name>
    <message>
        <location filename="../../src/engagements/gui/booking_dialog.py" line="34"/>
        <location filename="../../ui/booking_dialog.ui" line="5"/>
        <source>Book a training session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/booking_dialog.py" line="74"/>
        <source>&lt;b&gt;Cannot check:&lt;/b&gt; {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/booking_dialog.py" line="94"/>
        <source>Book session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/booking_dialog.py" line="97"/>
        <source>booking of session #{id} for {partner}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/booking_dialog.py" line="107"/>
        <source>&lt;h3&gt;Before booking&lt;/h3&gt;&lt;p&gt;&lt;b&gt;Partner&apos;s quota:&lt;/b&gt; &lt;span style=&apos;color:{colour}&apos;&gt;{left} of {included} sessions left&lt;/span&gt; this allowance year&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/booking_dialog.py" line="111"/>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/booking_dialog.py" line="112"/>
        <source>&lt;p&gt;&lt;b&gt;Expert&apos;s free hours that day&lt;/b&gt; ({zone}): {slots}&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/booking_dialog.py" line="115"/>
        <source>Clash:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/booking_dialog.py" line="121"/>
        <source>The expert is free and quota is left.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/booking_dialog.ui" line="10"/>
        <source>&amp;Partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/booking_dialog.ui" line="11"/>
        <source>Partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/booking_dialog.ui" line="12"/>
        <source>E&amp;xpert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/booking_dialog.ui" line="13"/>
        <source>Expert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/booking_dialog.ui" line="14"/>
        <source>&amp;Topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/booking_dialog.ui" line="15"/>
        <source>Topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/booking_dialog.ui" line="16"/>
        <source>&amp;Starts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/booking_dialog.ui" line="17"/>
        <source>Start, in the expert&apos;s time zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/booking_dialog.ui" line="17"/>
        <source>yyyy-MM-dd HH:mm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/booking_dialog.ui" line="18"/>
        <source>&amp;Length (hours)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/booking_dialog.ui" line="19"/>
        <source>Length in hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/booking_dialog.ui" line="20"/>
        <source>&amp;Attendees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/booking_dialog.ui" line="21"/>
        <source>Attendees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/booking_dialog.ui" line="22"/>
        <source>On site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/booking_dialog.ui" line="22"/>
        <source>On &amp;site (otherwise online)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/booking_dialog.ui" line="29"/>
        <source>Quota, clashes and free slots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/booking_dialog.ui" line="39"/>
        <source>Book or cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CalendarEdits</name>
    <message>
        <location filename="../../src/engagements/gui/calendar_edits.py" line="34"/>
        <source>read only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/calendar_edits.py" line="43"/>
        <source>New IEM request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/calendar_edits.py" line="57"/>
        <source>Book session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/calendar_edits.py" line="72"/>
        <source>move IEM #{id}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/calendar_edits.py" line="73"/>
        <source>Cannot move IEM #{id}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/calendar_edits.py" line="74"/>
        <source>Move IEM #{id}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/calendar_edits.py" line="99"/>
        <source>Moved IEM #{id} to {first} – {last}; Ctrl+Z moves it back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/calendar_edits.py" line="105"/>
        <source>Late start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/calendar_edits.py" line="106"/>
        <source>{reason}.

Justification:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/calendar_edits.py" line="113"/>
        <source>move session #{id}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/calendar_edits.py" line="114"/>
        <source>Move session #{id}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/calendar_edits.py" line="122"/>
        <source>Moved session #{id} to {when} {zone}; Ctrl+Z moves it back</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CalendarModel</name>
    <message>
        <location filename="../../src/engagements/gui/calendar_model.py" line="85"/>
        <source>W{week}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/calendar_model.py" line="115"/>
        <source>Holiday: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/calendar_model.py" line="117"/>
        <source>Official working day (make-up day)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/calendar_model.py" line="121"/>
        <source>… and {count} more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/calendar_model.py" line="167"/>
        <source>all day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/calendar_model.py" line="178"/>
        <source>expert clash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/calendar_model.py" line="179"/>
        <source>over allowance</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CalendarMonth</name>
    <message>
        <location filename="../../src/engagements/gui/calendar_month.py" line="34"/>
        <source>expert clash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/calendar_month.py" line="35"/>
        <source>over allowance</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CalendarPaint</name>
    <message>
        <location filename="../../src/engagements/gui/calendar_paint.py" line="154"/>
        <source>official working day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/calendar_paint.py" line="235"/>
        <source>+{count} more</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CalendarPrint</name>
    <message>
        <location filename="../../src/engagements/gui/calendar_print.py" line="95"/>
        <source>{title}: engagements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/calendar_print.py" line="112"/>
        <source>Blue bar: IEM · green bar: session · pale bar: waiting for approval · red border: expert clash or over allowance · pink day: holiday · green day: official working day · the pages after the month list every engagement with the partner&apos;s full name</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CalendarView</name>
    <message>
        <location filename="../../src/engagements/gui/calendar_view.py" line="34"/>
        <source>All statuses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/calendar_view.py" line="35"/>
        <source>Waiting for approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/calendar_view.py" line="36"/>
        <source>Approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/calendar_view.py" line="37"/>
        <source>Scheduled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/calendar_view.py" line="38"/>
        <source>In progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/calendar_view.py" line="39"/>
        <source>Completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/calendar_view.py" line="40"/>
        <source>Held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/calendar_view.py" line="148"/>
        <source>All partners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/calendar_view.py" line="150"/>
        <source>All experts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/calendar_view.py" line="153"/>
        <source>All TAMs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/calendar_view.py" line="284"/>
        <source>Week {week}, {first} – {last}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/calendar_view.py" line="295"/>
        <source>Save calendar as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/calendar_view.py" line="297"/>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/calendar_view.py" line="303"/>
        <source>Saving PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/calendar_view.py" line="307"/>
        <source>Saved {file}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/calendar_view.py" line="308"/>
        <source>PDF not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/calendar_view.py" line="327"/>
        <source>&lt;b&gt;{count}&lt;/b&gt; engagements, {clashes} clashing, {over} over allowance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/calendar_view.ui" line="10"/>
        <source>Previous period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/calendar_view.ui" line="11"/>
        <source>Previous (Page Up)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/calendar_view.ui" line="12"/>
        <source>◀</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/calendar_view.ui" line="17"/>
        <source>Go to today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/calendar_view.ui" line="18"/>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/calendar_view.ui" line="23"/>
        <source>Next period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/calendar_view.ui" line="24"/>
        <source>Next (Page Down)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/calendar_view.ui" line="25"/>
        <source>▶</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/calendar_view.ui" line="30"/>
        <source>Period shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/calendar_view.ui" line="37"/>
        <source>Calendar layout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/calendar_view.ui" line="38"/>
        <source>Month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/calendar_view.ui" line="39"/>
        <source>Week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/calendar_view.ui" line="40"/>
        <source>Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/calendar_view.ui" line="41"/>
        <location filename="../../ui/calendar_view.ui" line="98"/>
        <source>Agenda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/calendar_view.ui" line="46"/>
        <source>Save the period as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/calendar_view.ui" line="47"/>
        <source>Save PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/calendar_view.ui" line="52"/>
        <source>Print the period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/calendar_view.ui" line="53"/>
        <source>Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/calendar_view.ui" line="61"/>
        <source>Show:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/calendar_view.ui" line="65"/>
        <source>Working calendar for holidays</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/calendar_view.ui" line="66"/>
        <source>Whose public holidays and official working weekends to show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/calendar_view.ui" line="71"/>
        <source>Filter by partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/calendar_view.ui" line="76"/>
        <source>Filter by expert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/calendar_view.ui" line="79"/>
        <source>Filter by TAM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/calendar_view.ui" line="83"/>
        <source>Filter by kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/calendar_view.ui" line="84"/>
        <source>All kinds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/calendar_view.ui" line="85"/>
        <source>IEM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/calendar_view.ui" line="86"/>
        <source>Sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/calendar_view.ui" line="90"/>
        <source>Filter by status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/calendar_view.ui" line="107"/>
        <source>Legend</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CalendarWeekPaint</name>
    <message>
        <location filename="../../src/engagements/gui/calendar_week_paint.py" line="116"/>
        <location filename="../../src/engagements/gui/calendar_week_paint.py" line="171"/>
        <source>all day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/calendar_week_paint.py" line="155"/>
        <source>official working day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/calendar_week_paint.py" line="202"/>
        <source>+{count} more</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Columns</name>
    <message>
        <location filename="../../src/engagements/gui/calendar_model.py" line="126"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/calendar_model.py" line="126"/>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/calendar_model.py" line="126"/>
        <location filename="../../src/engagements/gui/requests_model.py" line="26"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/calendar_model.py" line="126"/>
        <location filename="../../src/engagements/gui/requests_model.py" line="28"/>
        <source>Event or topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/calendar_model.py" line="127"/>
        <location filename="../../src/engagements/gui/dashboard_model.py" line="20"/>
        <location filename="../../src/engagements/gui/form_session_requests.py" line="20"/>
        <location filename="../../src/engagements/gui/partners_view.py" line="34"/>
        <location filename="../../src/engagements/gui/requests_model.py" line="26"/>
        <source>Partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/calendar_model.py" line="127"/>
        <location filename="../../src/engagements/gui/requests_model.py" line="28"/>
        <location filename="../../src/engagements/gui/sessions_view.py" line="31"/>
        <source>Expert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/calendar_model.py" line="127"/>
        <location filename="../../src/engagements/gui/requests_model.py" line="26"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/calendar_model.py" line="127"/>
        <source>Marks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/dashboard_model.py" line="20"/>
        <location filename="../../src/engagements/gui/partners_view.py" line="34"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/dashboard_model.py" line="20"/>
        <location filename="../../src/engagements/gui/partners_view.py" line="34"/>
        <location filename="../../src/engagements/gui/requests_model.py" line="27"/>
        <source>Edition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/dashboard_model.py" line="20"/>
        <location filename="../../src/engagements/gui/partners_view.py" line="34"/>
        <location filename="../../src/engagements/gui/requests_model.py" line="27"/>
        <source>Calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/dashboard_model.py" line="21"/>
        <source>IEM days (used · pending · left)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/dashboard_model.py" line="21"/>
        <source>Sessions (used · left)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/dashboard_model.py" line="22"/>
        <location filename="../../src/engagements/gui/partners_view.py" line="35"/>
        <source>Term ends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/dashboard_model.py" line="22"/>
        <source>Risks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/form_session_requests.py" line="20"/>
        <source>Topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/form_session_requests.py" line="20"/>
        <source>Preferred start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/form_session_requests.py" line="21"/>
        <source>Sub-client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/form_session_requests.py" line="21"/>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/form_session_requests.py" line="21"/>
        <source>Warnings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/history_dialog.py" line="20"/>
        <source>When (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/history_dialog.py" line="20"/>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/history_dialog.py" line="20"/>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/history_dialog.py" line="20"/>
        <source>Changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/history_dialog.py" line="20"/>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/requests_model.py" line="26"/>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/requests_model.py" line="27"/>
        <source>End</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/requests_model.py" line="27"/>
        <source>Submitted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/requests_model.py" line="28"/>
        <source>Lead time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/sessions_view.py" line="31"/>
        <source>Time zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/sessions_view.py" line="31"/>
        <source>Sessions ahead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/sessions_view.py" line="32"/>
        <source>Hours this month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/sessions_view.py" line="32"/>
        <source>IEM days ahead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/sessions_view.py" line="32"/>
        <source>Skills</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DashboardModel</name>
    <message>
        <location filename="../../src/engagements/gui/dashboard_model.py" line="86"/>
        <location filename="../../src/engagements/gui/dashboard_model.py" line="92"/>
        <source>not included</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/dashboard_model.py" line="88"/>
        <location filename="../../src/engagements/gui/dashboard_model.py" line="93"/>
        <source>{left}/{available} left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/dashboard_model.py" line="97"/>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/dashboard_model.py" line="112"/>
        <source>Allowance year {start} to {end}: {used} of {available} natural days used ({included} included, {bought} bought); {pending} more if pending requests are approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/dashboard_model.py" line="119"/>
        <source>{used} of {included} sessions used this year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/dashboard_model.py" line="122"/>
        <source> ({count} late waiting)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/dashboard_model.py" line="125"/>
        <source>. To load it, {how}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DashboardView</name>
    <message>
        <location filename="../../src/engagements/gui/dashboard_view.py" line="78"/>
        <source>⚠ no expert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/dashboard_view.py" line="97"/>
        <source>No expert is assigned to this IEM event yet: open it from Requests to staff it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/dashboard_view.py" line="140"/>
        <location filename="../../src/engagements/gui/dashboard_view.py" line="164"/>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/dashboard_view.py" line="186"/>
        <source> ({count} IEM without an expert)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/dashboard_view.py" line="188"/>
        <source>{partners} partners · {at_risk} at risk · {upcoming} engagements in the next two weeks{unstaffed} · today {today}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_view.ui" line="10"/>
        <source>&lt;h2&gt;Dashboard&lt;/h2&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_view.ui" line="15"/>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_view.ui" line="24"/>
        <source>Filter partners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_view.ui" line="25"/>
        <source>Filter partners…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_view.ui" line="32"/>
        <source>Only partners at risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_view.ui" line="33"/>
        <source>At risk only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_view.ui" line="42"/>
        <source>Partners and their allowance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_view.ui" line="55"/>
        <source>&lt;b&gt;Next two weeks&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_view.ui" line="60"/>
        <source>Engagements in the next two weeks</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DayList</name>
    <message>
        <location filename="../../src/engagements/gui/calendar_month.py" line="49"/>
        <source>Engagements of the day</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DowngradeDialog</name>
    <message>
        <location filename="../../src/engagements/gui/downgrade_dialog.py" line="27"/>
        <source>Downgrade or exit check — {partner}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/downgrade_dialog.py" line="30"/>
        <source>End the subscription</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/downgrade_dialog.py" line="54"/>
        <source>Allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/downgrade_dialog.py" line="54"/>
        <source>Not allowed on that date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/downgrade_dialog.py" line="56"/>
        <source>&lt;p&gt;&lt;b&gt;Why:&lt;/b&gt; {reason}.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/downgrade_dialog.py" line="57"/>
        <source>&lt;p&gt;&lt;b&gt;Earliest date it can take effect:&lt;/b&gt; {date}&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/downgrade_dialog.py" line="61"/>
        <source>&lt;p&gt;&lt;b&gt;Expert-service uses that constrain it:&lt;/b&gt; {uses}&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/downgrade_dialog.py" line="65"/>
        <source>&lt;p&gt;&lt;b&gt;Expert-service uses that no longer constrain it:&lt;/b&gt; {uses}&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/downgrade_dialog.py" line="68"/>
        <source>&lt;li&gt;{kind} #{id} from {first}: {why}&lt;/li&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/downgrade_dialog.py" line="71"/>
        <source>&lt;p&gt;&lt;b&gt;Booked engagements {target} would no longer cover:&lt;/b&gt;&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/downgrade_dialog.py" line="74"/>
        <source>&lt;p&gt;No booked engagement is affected.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/downgrade_dialog.ui" line="5"/>
        <source>Downgrade or exit check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/downgrade_dialog.ui" line="10"/>
        <source>Move &amp;to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/downgrade_dialog.ui" line="11"/>
        <source>Target edition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/downgrade_dialog.ui" line="12"/>
        <source>&amp;Effective on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/downgrade_dialog.ui" line="13"/>
        <source>Effective date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/downgrade_dialog.ui" line="13"/>
        <source>yyyy-MM-dd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/downgrade_dialog.ui" line="18"/>
        <source>The answer and why</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Edition</name>
    <message>
        <location filename="../../src/engagements/gui/labels.py" line="60"/>
        <source>Standard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/labels.py" line="61"/>
        <source>Commercial</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/labels.py" line="62"/>
        <source>Enterprise</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EventType</name>
    <message>
        <location filename="../../src/engagements/gui/labels.py" line="78"/>
        <source>launch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/labels.py" line="79"/>
        <source>promotion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/labels.py" line="80"/>
        <source>version update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/labels.py" line="81"/>
        <source>migration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/labels.py" line="82"/>
        <source>other</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Exchange</name>
    <message>
        <location filename="../../src/engagements/gui/exchange.py" line="27"/>
        <source>Request forms (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/exchange.py" line="32"/>
        <source>Import returned request forms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/exchange.py" line="40"/>
        <source>Import a folder of returned forms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/exchange.py" line="48"/>
        <source>read only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/exchange.py" line="49"/>
        <location filename="../../src/engagements/gui/exchange.py" line="77"/>
        <location filename="../../src/engagements/gui/exchange.py" line="90"/>
        <location filename="../../src/engagements/gui/exchange.py" line="103"/>
        <source>Import forms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/exchange.py" line="78"/>
        <source>There are no PDF files to import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/exchange.py" line="93"/>
        <source>Importing returned forms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/exchange.py" line="108"/>
        <source>Imported {count} of {total} forms (cancelled; the rest were left alone).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/exchange.py" line="110"/>
        <source>Imported {count} of {total} forms.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/exchange.py" line="114"/>
        <source>%n session request(s) wait in Sessions &gt; Pending session requests.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/exchange.py" line="118"/>
        <source>Not imported:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExpertDialog</name>
    <message>
        <location filename="../../src/engagements/gui/expert_dialog.py" line="33"/>
        <source>New expert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/expert_dialog.py" line="34"/>
        <source>&lt;h3&gt;New expert on the roster&lt;/h3&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/expert_dialog.py" line="36"/>
        <source>Expert {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/expert_dialog.py" line="37"/>
        <source>&lt;h3&gt;{name}&lt;/h3&gt;{sessions} sessions and {days} IEM days ahead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/expert_dialog.py" line="52"/>
        <source>Add expert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/expert_dialog.py" line="56"/>
        <source>Save expert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/expert_dialog.py" line="59"/>
        <source>Saved expert {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/expert_dialog.ui" line="5"/>
        <source>Expert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/expert_dialog.ui" line="13"/>
        <source>Expert &amp;id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/expert_dialog.ui" line="14"/>
        <source>Expert id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/expert_dialog.ui" line="15"/>
        <source>&amp;Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/expert_dialog.ui" line="16"/>
        <source>Expert name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/expert_dialog.ui" line="17"/>
        <source>Time &amp;zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/expert_dialog.ui" line="18"/>
        <source>Time zone (IANA name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/expert_dialog.ui" line="19"/>
        <source>&amp;Skills</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/expert_dialog.ui" line="20"/>
        <source>Skills, comma-separated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/expert_dialog.ui" line="20"/>
        <source>e.g. database, networking, big data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/expert_dialog.ui" line="24"/>
        <source>Rule feedback</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExpertUseDialog</name>
    <message>
        <location filename="../../src/engagements/gui/expert_use_dialog.py" line="31"/>
        <source>Expert service for {partner}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/expert_use_dialog.py" line="33"/>
        <source>Architecture optimization by the expert team.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/expert_use_dialog.py" line="55"/>
        <source>Recording this use blocks a downgrade or exit until the committed term ends: {partner} cannot move to a lower edition or leave before {date} without a recorded early-exit approval.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/expert_use_dialog.py" line="66"/>
        <source>Record expert service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/expert_use_dialog.py" line="69"/>
        <source>Recorded the expert service for {partner} on {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/expert_use_dialog.ui" line="5"/>
        <source>Record an expert-service use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/expert_use_dialog.ui" line="13"/>
        <source>&amp;Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/expert_use_dialog.ui" line="14"/>
        <source>Date of the work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/expert_use_dialog.ui" line="14"/>
        <source>yyyy-MM-dd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/expert_use_dialog.ui" line="15"/>
        <source>&amp;Expert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/expert_use_dialog.ui" line="16"/>
        <source>Expert who did the work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/expert_use_dialog.ui" line="17"/>
        <source>&amp;What was done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/expert_use_dialog.ui" line="18"/>
        <source>What the expert team did</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/expert_use_dialog.ui" line="22"/>
        <source>What recording it means</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FormExportDialog</name>
    <message>
        <location filename="../../src/engagements/gui/form_export_dialog.py" line="48"/>
        <source>&amp;Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/engagements/gui/form_export_dialog.py" line="76"/>
        <source>%n partner(s) chosen</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/form_export_dialog.py" line="81"/>
        <source>Folder for the request forms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/form_export_dialog.py" line="104"/>
        <source>Exporting request forms</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/engagements/gui/form_export_dialog.py" line="111"/>
        <source>Wrote %n form(s) to {folder} (cancelled; the rest were not exported).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/engagements/gui/form_export_dialog.py" line="113"/>
        <source>Wrote %n form(s) to {folder}.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/form_export_dialog.py" line="117"/>
        <location filename="../../ui/form_export_dialog.ui" line="5"/>
        <source>Export request forms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/form_export_dialog.ui" line="10"/>
        <source>&amp;Partners (one fillable form each; Ctrl or Shift to choose several)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/form_export_dialog.ui" line="16"/>
        <source>Filter partners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/form_export_dialog.ui" line="17"/>
        <source>Filter by id or name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/form_export_dialog.ui" line="23"/>
        <source>Partners to export a form for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/form_export_dialog.ui" line="30"/>
        <source>&amp;Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/form_export_dialog.ui" line="33"/>
        <source>Folder the forms are written to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/form_export_dialog.ui" line="34"/>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/form_export_dialog.ui" line="34"/>
        <source>Choose the folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/form_export_dialog.ui" line="37"/>
        <source>&amp;Valid until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/form_export_dialog.ui" line="38"/>
        <source>Last day the forms are accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/form_export_dialog.ui" line="38"/>
        <source>yyyy-MM-dd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/form_export_dialog.ui" line="43"/>
        <source>How many partners are chosen</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FormFields</name>
    <message>
        <location filename="../../src/engagements/gui/form_review_dialog.py" line="34"/>
        <source>Form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/form_review_dialog.py" line="35"/>
        <source>Partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/form_review_dialog.py" line="36"/>
        <source>Valid until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/form_review_dialog.py" line="37"/>
        <source>Request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/form_review_dialog.py" line="38"/>
        <source>Sub-client account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/form_review_dialog.py" line="39"/>
        <source>Sub-client name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/form_review_dialog.py" line="40"/>
        <source>Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/form_review_dialog.py" line="41"/>
        <source>Event type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/form_review_dialog.py" line="42"/>
        <source>First day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/form_review_dialog.py" line="43"/>
        <source>Last day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/form_review_dialog.py" line="44"/>
        <source>Topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/form_review_dialog.py" line="45"/>
        <source>Preferred start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/form_review_dialog.py" line="46"/>
        <source>Time zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/form_review_dialog.py" line="47"/>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/form_review_dialog.py" line="48"/>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/form_review_dialog.py" line="49"/>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/form_review_dialog.py" line="50"/>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/form_review_dialog.py" line="51"/>
        <source>Signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/form_review_dialog.py" line="52"/>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FormReview</name>
    <message>
        <location filename="../../src/engagements/gui/form_review_dialog.py" line="186"/>
        <source>IEM support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/form_review_dialog.py" line="186"/>
        <source>a training session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/form_review_dialog.py" line="187"/>
        <source>something this form cannot say</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/form_review_dialog.py" line="190"/>
        <source>an unknown partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/form_review_dialog.py" line="192"/>
        <source>a form claiming to be from {partner} (not verified)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/form_review_dialog.py" line="197"/>
        <source>Ready to import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/form_review_dialog.py" line="199"/>
        <source>Cannot be imported: 1 problem, shown next to its field.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/form_review_dialog.py" line="201"/>
        <source>Cannot be imported: {count} problems, shown next to their fields.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/form_review_dialog.py" line="204"/>
        <source>From {who}, asking for &lt;b&gt;{asked}&lt;/b&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/form_review_dialog.py" line="224"/>
        <source>&lt;p&gt;&lt;b&gt;Sessions in {start} – {end}:&lt;/b&gt; {used} of {included} used, {left} left&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/form_review_dialog.py" line="230"/>
        <source>&lt;p&gt;&lt;b&gt;Cannot assess:&lt;/b&gt; {reason}&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/form_review_dialog.py" line="239"/>
        <source>&lt;i&gt;The rules are checked once the form&apos;s problems are fixed.&lt;/i&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/form_review_dialog.py" line="242"/>
        <source>Lead time, allowance and quota rules pass.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FormReviewDialog</name>
    <message>
        <location filename="../../src/engagements/gui/form_review_dialog.py" line="81"/>
        <source>&amp;Confirm import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/form_review_dialog.py" line="99"/>
        <source>Corrected by you: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/form_review_dialog.py" line="117"/>
        <source>Correct the form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/form_review_dialog.py" line="125"/>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/form_review_dialog.py" line="125"/>
        <source>What the partner typed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/form_review_dialog.py" line="126"/>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/form_review_dialog.py" line="169"/>
        <source>Import the form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/form_review_dialog.py" line="175"/>
        <source>Form {form}: recorded {kind} request {requests}. An import cannot be undone (a form is accepted once); cancel its requests instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/form_review_dialog.ui" line="5"/>
        <source>Review a returned request form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/form_review_dialog.ui" line="10"/>
        <source>What the partner asked for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/form_review_dialog.ui" line="17"/>
        <source>The form&apos;s fields, each with its problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/form_review_dialog.ui" line="18"/>
        <source>Double-click what the partner typed to complete or correct it (not the signed identity)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/form_review_dialog.ui" line="29"/>
        <source>What the ASM corrected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/form_review_dialog.ui" line="30"/>
        <source>You may complete or correct what the partner typed; the change is checked again and kept in the audit trail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/form_review_dialog.ui" line="36"/>
        <source>Check the corrected form again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/form_review_dialog.ui" line="37"/>
        <source>Check a&amp;gain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/form_review_dialog.ui" line="44"/>
        <source>Lead time and allowance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/form_review_dialog.ui" line="51"/>
        <source>&lt;b&gt;Rule results&lt;/b&gt; (recorded with the request)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/form_review_dialog.ui" line="56"/>
        <source>Rule results</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <location filename="../../src/engagements/gui/history_dialog.py" line="18"/>
        <source>IEM request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/history_dialog.py" line="19"/>
        <source>Session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/history_dialog.py" line="38"/>
        <source>History — {what} #{id}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/engagements/gui/history_dialog.py" line="59"/>
        <source>%n recorded change(s), newest first. The audit trail cannot be edited.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/history_dialog.py" line="67"/>
        <source>created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/history_dialog.py" line="70"/>
        <source>removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/history_dialog.py" line="73"/>
        <source>no visible change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/history_dialog.ui" line="5"/>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/history_dialog.ui" line="10"/>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/history_dialog.ui" line="16"/>
        <source>Every change to this request, newest first</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HolidayImport</name>
    <message>
        <location filename="../../src/engagements/gui/holiday_import_dialog.py" line="29"/>
        <source>holiday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/holiday_import_dialog.py" line="30"/>
        <source>working day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/holiday_import_dialog.py" line="36"/>
        <source>Official holiday schedule for {code}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/holiday_import_dialog.py" line="37"/>
        <source>iCalendar files (*.ics);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/holiday_import_dialog.py" line="42"/>
        <source>Reading the holiday schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/holiday_import_dialog.py" line="133"/>
        <source>still undetermined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/holiday_import_dialog.py" line="135"/>
        <source>decided: met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/holiday_import_dialog.py" line="135"/>
        <source>decided: late</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/holiday_import_dialog.py" line="137"/>
        <source>still met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/holiday_import_dialog.py" line="137"/>
        <source>still late</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/holiday_import_dialog.py" line="138"/>
        <source>now met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/holiday_import_dialog.py" line="138"/>
        <source>now late</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/holiday_import_dialog.py" line="146"/>
        <source>&lt;p&gt;No open request&apos;s lead time would change.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/holiday_import_dialog.py" line="147"/>
        <source>&lt;p&gt;No open request&apos;s lead time changed.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/holiday_import_dialog.py" line="150"/>
        <source>Request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/holiday_import_dialog.py" line="150"/>
        <source>Partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/holiday_import_dialog.py" line="150"/>
        <source>Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/holiday_import_dialog.py" line="150"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/holiday_import_dialog.py" line="151"/>
        <source>Earliest start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/holiday_import_dialog.py" line="151"/>
        <source>Notice (business days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/holiday_import_dialog.py" line="151"/>
        <source>Lead time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/holiday_import_dialog.py" line="152"/>
        <source>undetermined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/holiday_import_dialog.py" line="156"/>
        <source>{days} d)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HolidayImportDialog</name>
    <message>
        <location filename="../../src/engagements/gui/holiday_import_dialog.py" line="55"/>
        <source>Import holiday schedule — {calendar}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/holiday_import_dialog.py" line="58"/>
        <source>&amp;Confirm import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/holiday_import_dialog.py" line="59"/>
        <source>Confirm the import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/holiday_import_dialog.py" line="61"/>
        <source>Discard: write nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/holiday_import_dialog.py" line="69"/>
        <source>no year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/holiday_import_dialog.py" line="71"/>
        <source>{holidays} holiday dates and {working} working days. Importing replaces the stored adjustments of {years} and makes that year official; other years stay as they are. &lt;b&gt;{changes}&lt;/b&gt; dates change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/holiday_import_dialog.py" line="74"/>
        <source>{holidays} holiday dates and {working} working days. Importing replaces the stored adjustments of {years} and makes those years official; other years stay as they are. &lt;b&gt;{changes}&lt;/b&gt; dates change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/holiday_import_dialog.py" line="83"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/holiday_import_dialog.py" line="83"/>
        <source>Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/holiday_import_dialog.py" line="84"/>
        <source>After the import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/holiday_import_dialog.py" line="109"/>
        <source>Imported {holidays} holidays and {working} working days into {calendar} {years}; {affected} open requests affected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/holiday_import_dialog.py" line="120"/>
        <source>Schedule not imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/holiday_import_dialog.ui" line="5"/>
        <source>Import holiday schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/holiday_import_dialog.ui" line="10"/>
        <source>What the schedule holds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/holiday_import_dialog.ui" line="15"/>
        <source>&lt;b&gt;Dates that change&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/holiday_import_dialog.ui" line="18"/>
        <source>Dates the import changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/holiday_import_dialog.ui" line="23"/>
        <source>&lt;b&gt;Open requests whose lead time would change&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/holiday_import_dialog.ui" line="26"/>
        <source>Open requests the import would affect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/holiday_import_dialog.ui" line="32"/>
        <source>Importing the schedule</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IcsExportDialog</name>
    <message>
        <location filename="../../src/engagements/gui/ics_export_dialog.py" line="34"/>
        <location filename="../../ui/ics_export_dialog.ui" line="5"/>
        <source>Export calendar (.ics)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/ics_export_dialog.py" line="38"/>
        <source>&amp;Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/ics_export_dialog.py" line="40"/>
        <source>Choose where to save the calendar file and write it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/ics_export_dialog.py" line="48"/>
        <source>All partners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/ics_export_dialog.py" line="50"/>
        <source>All experts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/ics_export_dialog.py" line="52"/>
        <source>All TAMs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/ics_export_dialog.py" line="72"/>
        <source>Export calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/ics_export_dialog.py" line="73"/>
        <source>iCalendar files (*.ics)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/ics_export_dialog.py" line="86"/>
        <source>Exported {events} events ({iem} IEM, {sessions} sessions) to {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/ics_export_dialog.py" line="99"/>
        <source>Calendar not exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ics_export_dialog.ui" line="10"/>
        <source>Writes the engagements as an iCalendar file that Outlook, Google Calendar and Thunderbird import: IEM as all-day events, sessions in their own time zone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ics_export_dialog.ui" line="16"/>
        <source>Which engagements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ics_export_dialog.ui" line="18"/>
        <source>&amp;Partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ics_export_dialog.ui" line="19"/>
        <source>Partner to export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ics_export_dialog.ui" line="20"/>
        <source>&amp;Expert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ics_export_dialog.ui" line="21"/>
        <source>Expert to export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ics_export_dialog.ui" line="22"/>
        <source>&amp;TAM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ics_export_dialog.ui" line="23"/>
        <source>Designated TAM to export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ics_export_dialog.ui" line="24"/>
        <source>&amp;From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ics_export_dialog.ui" line="25"/>
        <source>First day to export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ics_export_dialog.ui" line="25"/>
        <location filename="../../ui/ics_export_dialog.ui" line="27"/>
        <source>yyyy-MM-dd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ics_export_dialog.ui" line="26"/>
        <source>T&amp;o</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ics_export_dialog.ui" line="27"/>
        <source>Last day to export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ics_export_dialog.ui" line="33"/>
        <source>Problem with the choice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ics_export_dialog.ui" line="40"/>
        <source>Writing the calendar file</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IemEditor</name>
    <message>
        <location filename="../../src/engagements/gui/iem_editor.py" line="41"/>
        <location filename="../../src/engagements/gui/iem_editor.py" line="155"/>
        <location filename="../../ui/iem_editor.ui" line="5"/>
        <source>New IEM request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/iem_editor.py" line="75"/>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/iem_editor.py" line="103"/>
        <source>Choose a partner.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/iem_editor.py" line="112"/>
        <source>&lt;b&gt;Cannot assess:&lt;/b&gt; {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/iem_editor.py" line="163"/>
        <source>new IEM request #{id} for {partner}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/iem_editor.py" line="173"/>
        <source>&lt;h3&gt;Rule check&lt;/h3&gt;&lt;p&gt;&lt;b&gt;Natural days:&lt;/b&gt; {days}&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/iem_editor.py" line="176"/>
        <source>&lt;p&gt;&lt;b&gt;Earliest allowed start:&lt;/b&gt; {date}&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/iem_editor.py" line="180"/>
        <source>meets the lead time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/iem_editor.py" line="181"/>
        <source>late</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/iem_editor.py" line="183"/>
        <source>undetermined (a year without holiday data)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/iem_editor.py" line="184"/>
        <source>&lt;p&gt;&lt;b&gt;Notice:&lt;/b&gt; &lt;span style=&apos;color:{colour}&apos;&gt;at least {days} business days of {needed} needed — {verdict}&lt;/span&gt;&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/iem_editor.py" line="186"/>
        <source>&lt;p&gt;&lt;b&gt;Notice:&lt;/b&gt; &lt;span style=&apos;color:{colour}&apos;&gt;{days} business days of {needed} needed — {verdict}&lt;/span&gt;&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/iem_editor.py" line="192"/>
        <source>&lt;p&gt;&lt;b&gt;Allowance {start} – {end}:&lt;/b&gt; {used} of {available} days used; &lt;span style=&apos;color:{colour}&apos;&gt;{left} left after approval&lt;/span&gt;&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/iem_editor.py" line="200"/>
        <source>All rules pass.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/iem_editor.ui" line="10"/>
        <source>&amp;Partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/iem_editor.ui" line="11"/>
        <source>Partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/iem_editor.ui" line="12"/>
        <source>&amp;Event name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/iem_editor.ui" line="13"/>
        <source>Event name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/iem_editor.ui" line="14"/>
        <source>Event &amp;type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/iem_editor.ui" line="15"/>
        <source>Event type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/iem_editor.ui" line="16"/>
        <source>&amp;Submitted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/iem_editor.ui" line="17"/>
        <source>Submission date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/iem_editor.ui" line="17"/>
        <location filename="../../ui/iem_editor.ui" line="19"/>
        <location filename="../../ui/iem_editor.ui" line="21"/>
        <source>yyyy-MM-dd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/iem_editor.ui" line="18"/>
        <source>Event &amp;start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/iem_editor.ui" line="19"/>
        <source>First day of the event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/iem_editor.ui" line="20"/>
        <source>Event e&amp;nd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/iem_editor.ui" line="21"/>
        <source>Last day of the event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/iem_editor.ui" line="22"/>
        <source>Sub-&amp;client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/iem_editor.ui" line="23"/>
        <source>Sub-client account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/iem_editor.ui" line="24"/>
        <source>&amp;Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/iem_editor.ui" line="25"/>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/iem_editor.ui" line="26"/>
        <source>&amp;Justification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/iem_editor.ui" line="27"/>
        <source>Justification for a late request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/iem_editor.ui" line="27"/>
        <source>Needed to approve a late request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/iem_editor.ui" line="28"/>
        <source>Approve at once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/iem_editor.ui" line="28"/>
        <source>&amp;Approve at once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/iem_editor.ui" line="35"/>
        <source>Rule feedback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/iem_editor.ui" line="45"/>
        <source>Save or cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Kind</name>
    <message>
        <location filename="../../src/engagements/gui/labels.py" line="24"/>
        <source>IEM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/labels.py" line="25"/>
        <source>Session</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Language</name>
    <message>
        <location filename="../../src/engagements/gui/language.py" line="28"/>
        <source>System language</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../src/engagements/gui/main_window.py" line="63"/>
        <source>the database is open read only (--read-only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/main_window.py" line="68"/>
        <source>your role is technical account manager, who reviews and does not change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/main_window.py" line="80"/>
        <source>technical account manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/main_window.py" line="81"/>
        <source>no team role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/main_window.py" line="82"/>
        <source>{login} has {role} ({why}) on this team database: reviewing only, nothing can be changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/main_window.py" line="105"/>
        <source>Engagements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/main_window.py" line="153"/>
        <source>{action}: waiting, {why}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/main_window.py" line="189"/>
        <source>Cannot open the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/main_window.py" line="215"/>
        <source>{action}: {why}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/main_window.py" line="217"/>
        <source>not available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/main_window.py" line="231"/>
        <source>Opening the database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/main_window.py" line="237"/>
        <source>{view} view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/main_window.py" line="258"/>
        <source>Main</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/main_window.py" line="279"/>
        <source>Read only: {reason}. Editing is switched off; you can look, search, print and export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/main_window.py" line="298"/>
        <source>Loading {view}…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindowBody</name>
    <message>
        <location filename="../../ui/main_window.ui" line="13"/>
        <source>Read-only notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="14"/>
        <source>Read only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="24"/>
        <source>Views</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="25"/>
        <source>Switch view (Ctrl+1 … Ctrl+5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="31"/>
        <source>Current view</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Menus</name>
    <message>
        <location filename="../../src/engagements/gui/actions.py" line="57"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/actions.py" line="58"/>
        <source>&amp;New IEM request…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/actions.py" line="61"/>
        <source>&amp;Book session…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/actions.py" line="65"/>
        <source>&amp;Import form…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/actions.py" line="67"/>
        <source>Import &amp;folder of forms…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/actions.py" line="69"/>
        <source>E&amp;xport forms…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/actions.py" line="71"/>
        <source>Export requests as &amp;CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/actions.py" line="73"/>
        <source>Export calendar (.&amp;ics)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/actions.py" line="75"/>
        <source>Service &amp;report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/actions.py" line="78"/>
        <source>&amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/actions.py" line="80"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/actions.py" line="83"/>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/actions.py" line="84"/>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/actions.py" line="86"/>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/actions.py" line="91"/>
        <source>&amp;Find partner or request…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/actions.py" line="94"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/actions.py" line="100"/>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/actions.py" line="103"/>
        <source>&amp;Requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/actions.py" line="104"/>
        <source>&amp;Approve…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/actions.py" line="107"/>
        <source>&amp;Reject…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/actions.py" line="110"/>
        <source>&amp;Cancel request…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/actions.py" line="113"/>
        <source>&amp;History…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/actions.py" line="116"/>
        <source>&amp;Tools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/actions.py" line="117"/>
        <source>Import &amp;holiday schedule…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/actions.py" line="119"/>
        <source>Working &amp;calendars…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/actions.py" line="121"/>
        <source>&amp;Downgrade check…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/actions.py" line="123"/>
        <source>&amp;Print calendar…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/actions.py" line="125"/>
        <source>Save calendar as P&amp;DF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/actions.py" line="128"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/actions.py" line="129"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/actions.py" line="138"/>
        <source>Not available: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/actions.py" line="150"/>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MonthGrid</name>
    <message>
        <location filename="../../src/engagements/gui/calendar_month.py" line="79"/>
        <source>Calendar month</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PartnerDialog</name>
    <message>
        <location filename="../../src/engagements/gui/partner_dialog.py" line="51"/>
        <source>Account id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/partner_dialog.py" line="51"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/partner_dialog.py" line="60"/>
        <source>New partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/partner_dialog.py" line="61"/>
        <source>&lt;h3&gt;New partner&lt;/h3&gt;With its first subscription.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/partner_dialog.py" line="70"/>
        <source>Partner {id}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/partner_dialog.py" line="72"/>
        <source>The calendar applies to the subscription in force and any later one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/partner_dialog.py" line="119"/>
        <source>Add partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/partner_dialog.py" line="123"/>
        <source>Save partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/partner_dialog.py" line="126"/>
        <source>Saved partner {id}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/partner_dialog.ui" line="5"/>
        <source>Partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/partner_dialog.ui" line="13"/>
        <source>Partner &amp;id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/partner_dialog.ui" line="14"/>
        <source>Partner id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/partner_dialog.ui" line="14"/>
        <source>letters, digits, . _ -</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/partner_dialog.ui" line="15"/>
        <source>&amp;Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/partner_dialog.ui" line="16"/>
        <source>Partner name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/partner_dialog.ui" line="17"/>
        <source>Working &amp;calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/partner_dialog.ui" line="18"/>
        <source>Working calendar for business days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/partner_dialog.ui" line="19"/>
        <source>Designated &amp;TAM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/partner_dialog.ui" line="20"/>
        <source>Designated technical account manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/partner_dialog.ui" line="21"/>
        <source>Designated &amp;ASM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/partner_dialog.ui" line="22"/>
        <source>Designated account support manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/partner_dialog.ui" line="27"/>
        <source>First subscription</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/partner_dialog.ui" line="29"/>
        <source>&amp;Edition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/partner_dialog.ui" line="30"/>
        <source>Edition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/partner_dialog.ui" line="31"/>
        <source>&amp;Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/partner_dialog.ui" line="32"/>
        <source>Start of the committed term</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/partner_dialog.ui" line="32"/>
        <source>yyyy-MM-dd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/partner_dialog.ui" line="33"/>
        <source>&amp;Months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/partner_dialog.ui" line="34"/>
        <source>Committed term in months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/partner_dialog.ui" line="35"/>
        <source>Se&amp;ssions a year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/partner_dialog.ui" line="36"/>
        <source>Session quota written in the contract</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/partner_dialog.ui" line="36"/>
        <source>plan default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/partner_dialog.ui" line="41"/>
        <source>&lt;b&gt;Sub-client accounts&lt;/b&gt; (requests are raised on their behalf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/partner_dialog.ui" line="44"/>
        <source>Sub-client accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/partner_dialog.ui" line="47"/>
        <source>Add a sub-client account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/partner_dialog.ui" line="47"/>
        <source>Add s&amp;ub-client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/partner_dialog.ui" line="50"/>
        <source>Rule feedback</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PartnersView</name>
    <message>
        <location filename="../../src/engagements/gui/partners_view.py" line="64"/>
        <source>Expert service used: no downgrade or exit before {date} (the first day after the committed term) without a recorded early-exit approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/partners_view.py" line="162"/>
        <source>calendar {code}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/partners_view.py" line="164"/>
        <source>Edition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/partners_view.py" line="164"/>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/partners_view.py" line="165"/>
        <source>Months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/partners_view.py" line="165"/>
        <source>Term ends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/partners_view.py" line="166"/>
        <source>Calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/partners_view.py" line="166"/>
        <source>Session quota</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/partners_view.py" line="167"/>
        <source>Ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/partners_view.py" line="169"/>
        <source>plan default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/partners_view.py" line="171"/>
        <source>Account id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/partners_view.py" line="171"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/partners_view.py" line="173"/>
        <source>Year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/partners_view.py" line="173"/>
        <source>IEM included</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/partners_view.py" line="174"/>
        <source>Bought</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/partners_view.py" line="174"/>
        <source>Used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/partners_view.py" line="174"/>
        <source>Pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/partners_view.py" line="175"/>
        <source>Left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/partners_view.py" line="175"/>
        <source>Sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/partners_view.py" line="176"/>
        <source>Sessions used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/partners_view.py" line="176"/>
        <source>Sessions left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/partners_view.py" line="182"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/partners_view.py" line="182"/>
        <source>What was done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/partners_view.py" line="183"/>
        <source>By</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/partners_view.py" line="186"/>
        <source>When (local time)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/partners_view.py" line="186"/>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/partners_view.py" line="187"/>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/partners_view.py" line="187"/>
        <source>On</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/partners_view.py" line="187"/>
        <source>Changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/partners_view.py" line="188"/>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/partners_view.py" line="207"/>
        <source>Not available: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/partners_view.py" line="208"/>
        <source>Write this partner&apos;s service report (PDF, CSV, XLSX)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/partners_view.py" line="257"/>
        <source>Loading the partner for its service report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/partners_view.py" line="261"/>
        <source>Service report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/partners_view.py" line="289"/>
        <source>#{id}: {here} used here, {used} in all, {left} left of {days}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/partners_view.ui" line="15"/>
        <source>&lt;h2&gt;Partners&lt;/h2&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/partners_view.ui" line="20"/>
        <source>Add a partner with its subscription</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/partners_view.ui" line="21"/>
        <source>New partner…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/partners_view.ui" line="28"/>
        <source>Filter partners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/partners_view.ui" line="29"/>
        <source>Filter by id or name…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/partners_view.ui" line="35"/>
        <source>Partners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/partners_view.ui" line="50"/>
        <source>Partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/partners_view.ui" line="58"/>
        <source>New IEM request for this partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/partners_view.ui" line="59"/>
        <source>New IEM request…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/partners_view.ui" line="64"/>
        <source>Record an expert-service use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/partners_view.ui" line="65"/>
        <source>Record expert service…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/partners_view.ui" line="70"/>
        <source>Write a service report for this partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/partners_view.ui" line="71"/>
        <source>Service report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/partners_view.ui" line="76"/>
        <source>Check a downgrade or exit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/partners_view.ui" line="77"/>
        <source>Downgrade check…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/partners_view.ui" line="86"/>
        <source>Downgrade and exit lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/partners_view.ui" line="94"/>
        <source>Change the partner&apos;s name, calendar, TAM, ASM and sub-clients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/partners_view.ui" line="95"/>
        <source>Edit partner…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/partners_view.ui" line="100"/>
        <source>Renew or change the subscription</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/partners_view.ui" line="101"/>
        <source>Renew or change subscription…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/partners_view.ui" line="106"/>
        <source>Record bought IEM days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/partners_view.ui" line="107"/>
        <source>Buy IEM days…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/partners_view.ui" line="114"/>
        <source>Partner details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/partners_view.ui" line="116"/>
        <source>Subscription</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/partners_view.ui" line="120"/>
        <source>Subscription history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/partners_view.ui" line="125"/>
        <source>&lt;b&gt;Sub-client accounts&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/partners_view.ui" line="129"/>
        <source>Sub-client accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/partners_view.ui" line="136"/>
        <location filename="../../ui/partners_view.ui" line="140"/>
        <source>Allowance per year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/partners_view.ui" line="147"/>
        <source>Expert service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/partners_view.ui" line="151"/>
        <source>Expert-service uses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/partners_view.ui" line="158"/>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/partners_view.ui" line="162"/>
        <source>Audit history</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Preferences</name>
    <message>
        <location filename="../../src/engagements/gui/preferences.py" line="19"/>
        <source>Account support manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/preferences.py" line="20"/>
        <source>Technical account manager (reads)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/preferences.py" line="21"/>
        <source>Administrator</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Prompts</name>
    <message>
        <location filename="../../src/engagements/gui/prompts.py" line="32"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/prompts.py" line="51"/>
        <source>{title}: cancelled</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PurchaseDialog</name>
    <message>
        <location filename="../../src/engagements/gui/purchase_dialog.py" line="35"/>
        <source>IEM days for {partner}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/purchase_dialog.py" line="37"/>
        <source>&lt;b&gt;{partner}&lt;/b&gt;: extra natural days of IEM, usable for event dates inside the validity.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/purchase_dialog.py" line="55"/>
        <source>The validity ends before it starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/purchase_dialog.py" line="57"/>
        <source>{days} days in total, for IEM event dates from {first} to {last} ({span} days).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/purchase_dialog.py" line="65"/>
        <source>Record IEM purchase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/purchase_dialog.py" line="68"/>
        <source>Recorded {days} IEM days for {partner} ({first} to {last})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/purchase_dialog.py" line="83"/>
        <location filename="../../src/engagements/gui/purchase_dialog.py" line="92"/>
        <location filename="../../src/engagements/gui/purchase_dialog.py" line="95"/>
        <source>Approve IEM request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/purchase_dialog.py" line="98"/>
        <source>approval of IEM-{id}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/purchase_dialog.py" line="120"/>
        <source>1 day short — record a purchase…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/purchase_dialog.py" line="121"/>
        <source>{days} days short — record a purchase…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/purchase_dialog.py" line="122"/>
        <source>Not enough IEM days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/purchase_dialog.py" line="123"/>
        <source>IEM-{id} cannot be approved: {reason}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/purchase_dialog.py" line="125"/>
        <source>Record a purchase of 1 day…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/purchase_dialog.py" line="126"/>
        <source>Record a purchase of {days} days…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/purchase_dialog.py" line="137"/>
        <source>Asked for by IEM-{id}, {days} days short.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/purchase_dialog.ui" line="5"/>
        <source>Record an IEM day purchase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/purchase_dialog.ui" line="17"/>
        <source>&amp;Days bought</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/purchase_dialog.ui" line="18"/>
        <source>Natural days bought</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/purchase_dialog.ui" line="19"/>
        <source>Valid &amp;from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/purchase_dialog.ui" line="20"/>
        <source>First day the days may be used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/purchase_dialog.ui" line="20"/>
        <location filename="../../ui/purchase_dialog.ui" line="22"/>
        <source>yyyy-MM-dd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/purchase_dialog.ui" line="21"/>
        <source>Valid &amp;to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/purchase_dialog.ui" line="22"/>
        <source>Last day the days may be used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/purchase_dialog.ui" line="27"/>
        <source>What the purchase covers</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <location filename="../../src/engagements/gui/report_dialog.py" line="26"/>
        <source>PDF document, with the allowance chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/report_dialog.py" line="27"/>
        <source>PDF documents (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/report_dialog.py" line="28"/>
        <source>CSV, for spreadsheets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/report_dialog.py" line="29"/>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/report_dialog.py" line="30"/>
        <source>Excel workbook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/report_dialog.py" line="31"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/report_dialog.py" line="42"/>
        <source>Service report — {partner}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/report_dialog.py" line="47"/>
        <source>&lt;h3&gt;Service report for {partner}&lt;/h3&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/report_dialog.py" line="59"/>
        <source>&amp;Save report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/report_dialog.py" line="60"/>
        <source>Choose where to save the report and write it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/report_dialog.py" line="89"/>
        <source>Save service report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/report_dialog.py" line="105"/>
        <source>{format} report for {start} to {end} written to&lt;br&gt;&lt;b&gt;{path}&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/report_dialog.py" line="110"/>
        <source>Service report written to {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/report_dialog.py" line="116"/>
        <source>Service report not written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/report_dialog.ui" line="5"/>
        <source>Service report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/report_dialog.ui" line="10"/>
        <source>Partner of the report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/report_dialog.ui" line="17"/>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/report_dialog.ui" line="19"/>
        <source>Report on an allowance year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/report_dialog.ui" line="19"/>
        <source>Allowance &amp;year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/report_dialog.ui" line="20"/>
        <source>Allowance year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/report_dialog.ui" line="21"/>
        <source>Report on one month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/report_dialog.ui" line="21"/>
        <source>One &amp;month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/report_dialog.ui" line="22"/>
        <source>Month of the report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/report_dialog.ui" line="22"/>
        <source>MMMM yyyy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/report_dialog.ui" line="28"/>
        <source>&amp;Format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/report_dialog.ui" line="29"/>
        <source>Report format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/report_dialog.ui" line="34"/>
        <source>What the report holds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/report_dialog.ui" line="35"/>
        <source>IEM days used and left, events supported, sessions held and planned, expert-service uses, late requests with their justifications, and the downgrade position.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/report_dialog.ui" line="37"/>
        <source>color: palette(placeholder-text);</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/report_dialog.ui" line="42"/>
        <source>Writing the report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/report_dialog.ui" line="57"/>
        <source>Where the report was written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/report_dialog.ui" line="64"/>
        <source>Open the report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/report_dialog.ui" line="64"/>
        <source>&amp;Open report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/report_dialog.ui" line="65"/>
        <source>Open the folder holding the report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/report_dialog.ui" line="65"/>
        <source>Show in &amp;folder</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RequestBookingDialog</name>
    <message>
        <location filename="../../src/engagements/gui/form_session_requests.py" line="97"/>
        <source>Book session request #{id} from {partner}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/form_session_requests.py" line="116"/>
        <source>Book session request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/form_session_requests.py" line="122"/>
        <source>Booked session #{session} for request #{id}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RequestDialog</name>
    <message>
        <location filename="../../src/engagements/gui/request_dialog.py" line="38"/>
        <source>A&amp;pprove…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/request_dialog.py" line="38"/>
        <source>&amp;Reject…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/request_dialog.py" line="39"/>
        <source>&amp;Schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/request_dialog.py" line="39"/>
        <source>S&amp;tart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/request_dialog.py" line="40"/>
        <source>&amp;Complete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/request_dialog.py" line="41"/>
        <source>Cance&amp;l request…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/request_dialog.py" line="119"/>
        <source>Justification: {text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/request_dialog.py" line="121"/>
        <source>Rejected: {text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/request_dialog.py" line="126"/>
        <source>submitted {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/request_dialog.py" line="142"/>
        <source>Needed to approve a late request, or to move an approved one to late dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/request_dialog.py" line="144"/>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/request_dialog.py" line="163"/>
        <location filename="../../src/engagements/gui/request_dialog.py" line="269"/>
        <source>Make the request {status}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/request_dialog.py" line="169"/>
        <location filename="../../ui/request_dialog.ui" line="18"/>
        <source>Move it on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/request_dialog.py" line="170"/>
        <source>Its life cycle is over.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/request_dialog.py" line="174"/>
        <source>On this event: &lt;b&gt;{expert}&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/request_dialog.py" line="175"/>
        <source>&lt;b&gt;No expert assigned&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/request_dialog.py" line="181"/>
        <source>{days} IEM days ahead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/request_dialog.py" line="187"/>
        <source>Experts are assigned once the request is approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/request_dialog.py" line="195"/>
        <source>&lt;b&gt;Cannot assess:&lt;/b&gt; {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/request_dialog.py" line="225"/>
        <source>edit {request}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/request_dialog.py" line="229"/>
        <source>Saved {request}; Ctrl+Z undoes the edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/request_dialog.py" line="257"/>
        <source>Reject request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/request_dialog.py" line="258"/>
        <source>Why is {request} rejected?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/request_dialog.py" line="261"/>
        <source>Reject IEM request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/request_dialog.py" line="264"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/request_dialog.py" line="265"/>
        <source>Cancel {request} for {partner}? This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/request_dialog.py" line="267"/>
        <source>Cancel IEM request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/request_dialog.py" line="277"/>
        <source>Justify a late request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/request_dialog.py" line="278"/>
        <source>{request} gives less notice than the lead time.
Why approve it anyway?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/request_dialog.py" line="289"/>
        <source>assign {expert} to {request}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/request_dialog.py" line="296"/>
        <source>unassign the expert of {request}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/request_dialog.ui" line="5"/>
        <source>IEM request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/request_dialog.ui" line="10"/>
        <source>The request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/request_dialog.ui" line="20"/>
        <source>Every change to this request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/request_dialog.ui" line="20"/>
        <source>&amp;History…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/request_dialog.ui" line="25"/>
        <source>Expert team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/request_dialog.ui" line="27"/>
        <source>Who is on this event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/request_dialog.ui" line="28"/>
        <source>Expert to assign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/request_dialog.ui" line="29"/>
        <source>Assign the chosen expert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/request_dialog.ui" line="29"/>
        <source>&amp;Assign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/request_dialog.ui" line="30"/>
        <source>Take the expert off this event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/request_dialog.ui" line="30"/>
        <source>&amp;Unassign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/request_dialog.ui" line="38"/>
        <source>&amp;Event name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/request_dialog.ui" line="39"/>
        <source>Event name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/request_dialog.ui" line="40"/>
        <source>Event &amp;type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/request_dialog.ui" line="41"/>
        <source>Event type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/request_dialog.ui" line="42"/>
        <source>Event &amp;start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/request_dialog.ui" line="43"/>
        <source>First day of the event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/request_dialog.ui" line="43"/>
        <location filename="../../ui/request_dialog.ui" line="45"/>
        <source>yyyy-MM-dd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/request_dialog.ui" line="44"/>
        <source>Event e&amp;nd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/request_dialog.ui" line="45"/>
        <source>Last day of the event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/request_dialog.ui" line="46"/>
        <source>Sub-&amp;client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/request_dialog.ui" line="47"/>
        <source>Sub-client account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/request_dialog.ui" line="48"/>
        <source>&amp;Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/request_dialog.ui" line="49"/>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/request_dialog.ui" line="50"/>
        <source>C&amp;ontact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/request_dialog.ui" line="51"/>
        <source>Contact name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/request_dialog.ui" line="52"/>
        <source>E-&amp;mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/request_dialog.ui" line="53"/>
        <source>Contact e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/request_dialog.ui" line="54"/>
        <source>P&amp;hone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/request_dialog.ui" line="55"/>
        <source>Contact phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/request_dialog.ui" line="56"/>
        <source>&amp;Justification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/request_dialog.ui" line="57"/>
        <source>Justification for a late request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/request_dialog.ui" line="62"/>
        <source>Rule feedback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/request_dialog.ui" line="74"/>
        <source>Save the changes or close</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RequestMenu</name>
    <message>
        <location filename="../../src/engagements/gui/request_menu.py" line="19"/>
        <source>Open / assign expert…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RequestsModel</name>
    <message>
        <location filename="../../src/engagements/gui/requests_model.py" line="149"/>
        <source>Undetermined: the earliest start needs a year without official holiday data. Import the schedule (Tools &gt; Import holiday schedule…) to decide it; approving before then needs an explicit acknowledgement.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/requests_model.py" line="154"/>
        <source>Late: submitted with less notice than the lead time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/requests_model.py" line="155"/>
        <source>Justification: {text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/requests_model.py" line="156"/>
        <source>No justification recorded yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/requests_model.py" line="189"/>
        <source>undetermined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/requests_model.py" line="190"/>
        <source>late</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/requests_model.py" line="191"/>
        <source>on time</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RequestsView</name>
    <message>
        <location filename="../../src/engagements/gui/requests_view.py" line="40"/>
        <source>All kinds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/requests_view.py" line="41"/>
        <source>IEM requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/requests_view.py" line="42"/>
        <source>Sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/requests_view.py" line="74"/>
        <source>Sorting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/requests_view.py" line="110"/>
        <source>Any status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/requests_view.py" line="113"/>
        <source>Any edition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/requests_view.py" line="116"/>
        <source>Any calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/requests_view.py" line="143"/>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/requests_view.py" line="157"/>
        <source>one request (from search)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/requests_view.py" line="158"/>
        <source>{count} engagements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/requests_view.py" line="186"/>
        <source>Select a request to see it here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/requests_view.py" line="229"/>
        <source>Approve with an undetermined lead time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/requests_view.py" line="230"/>
        <source>The lead time of {request} cannot be decided: its earliest start needs a year without official holiday data (Tools &gt; Import holiday schedule… decides it).
Approve it anyway, acknowledging that it may be late?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/requests_view.py" line="234"/>
        <source>{request} not approved: its lead time is undetermined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/requests_view.py" line="239"/>
        <source>Justify a late request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/requests_view.py" line="240"/>
        <source>{request} gives less notice than the lead time.
Why approve it anyway? (kept with the request and shown to reviewers)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/requests_view.py" line="244"/>
        <source>{request} not approved: a late request needs a written justification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/requests_view.py" line="257"/>
        <source>Reject request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/requests_view.py" line="258"/>
        <source>Why is {request} rejected?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/requests_view.py" line="261"/>
        <source>Reject IEM request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/requests_view.py" line="266"/>
        <source>rejection of {request}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/requests_view.py" line="272"/>
        <location filename="../../src/engagements/gui/requests_view.py" line="280"/>
        <location filename="../../src/engagements/gui/requests_view.py" line="285"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/requests_view.py" line="273"/>
        <source>Cancel {request} for {partner}? Undo (Ctrl+Z) can put it back while nobody has changed it since.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/requests_view.py" line="277"/>
        <source>cancellation of {request}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/requests_view.py" line="291"/>
        <source>Export requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/requests_view.py" line="292"/>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/requests_view.py" line="296"/>
        <source>Exporting requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/requests_view.py" line="299"/>
        <source>Exported {count} rows to {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/requests_view.py" line="331"/>
        <source>Justification: {text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/requests_view.py" line="332"/>
        <source>Approving it needs a justification.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/requests_view.py" line="333"/>
        <source>Late request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/requests_view.py" line="335"/>
        <source>&lt;span style=&apos;color:#b26a00&apos;&gt;Lead time undetermined&lt;/span&gt;: no official holiday data yet for the year its earliest start needs. Import the schedule to decide it; approving before then needs an acknowledgement.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/requests_view.ui" line="9"/>
        <source>&lt;h2&gt;Requests&lt;/h2&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/requests_view.ui" line="13"/>
        <source>Number of requests shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/requests_view.ui" line="20"/>
        <source>New IEM request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/requests_view.ui" line="21"/>
        <source>New IEM request…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/requests_view.ui" line="26"/>
        <source>Open the selected request: its details, life cycle, expert team and edits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/requests_view.ui" line="27"/>
        <source>Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/requests_view.ui" line="32"/>
        <source>Approve the selected request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/requests_view.ui" line="33"/>
        <source>Approve…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/requests_view.ui" line="38"/>
        <source>Reject the selected request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/requests_view.ui" line="39"/>
        <source>Reject…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/requests_view.ui" line="44"/>
        <source>Cancel the selected request or session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/requests_view.ui" line="45"/>
        <source>Cancel request…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/requests_view.ui" line="50"/>
        <source>Show the history of the selected request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/requests_view.ui" line="51"/>
        <source>History…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/requests_view.ui" line="56"/>
        <source>Export the list as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/requests_view.ui" line="57"/>
        <source>Export CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/requests_view.ui" line="66"/>
        <source>Filter by partner or event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/requests_view.ui" line="67"/>
        <source>Partner, event or topic…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/requests_view.ui" line="72"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/requests_view.ui" line="75"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/requests_view.ui" line="78"/>
        <source>Edition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/requests_view.ui" line="81"/>
        <source>Working calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/requests_view.ui" line="85"/>
        <source>Only late requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/requests_view.ui" line="86"/>
        <source>Late only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/requests_view.ui" line="91"/>
        <source>Order the list with the work first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/requests_view.ui" line="92"/>
        <source>Waiting, late and undetermined requests first, then upcoming engagements, then the rest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/requests_view.ui" line="93"/>
        <source>Work first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/requests_view.ui" line="100"/>
        <source>IEM requests and sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/requests_view.ui" line="109"/>
        <source>Selected request</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Risk</name>
    <message>
        <location filename="../../src/engagements/gui/labels.py" line="52"/>
        <source>nearly out of IEM days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/labels.py" line="53"/>
        <source>late request waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/labels.py" line="54"/>
        <source>no holiday data ahead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/labels.py" line="55"/>
        <source>undetermined lead time waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/labels.py" line="56"/>
        <source>subscription expiring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/labels.py" line="57"/>
        <source>expert service used: no downgrade or exit before the term ends</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SearchBox</name>
    <message>
        <location filename="../../src/engagements/gui/search.py" line="23"/>
        <source>Search partners and requests  (Ctrl+K)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/search.py" line="24"/>
        <source>Search partners and requests</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SessionRequestsPanel</name>
    <message>
        <location filename="../../src/engagements/gui/form_session_requests.py" line="60"/>
        <source>&lt;h3&gt;Pending session requests ({count})&lt;/h3&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/form_session_requests.py" line="80"/>
        <location filename="../../src/engagements/gui/form_session_requests.py" line="84"/>
        <source>Decline session request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/form_session_requests.py" line="81"/>
        <source>Why is request #{id} from {partner} declined? (kept with the request)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/form_session_requests.ui" line="11"/>
        <source>&lt;h3&gt;Pending session requests&lt;/h3&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/form_session_requests.ui" line="16"/>
        <source>Book the selected session request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/form_session_requests.ui" line="17"/>
        <source>Book…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/form_session_requests.ui" line="22"/>
        <source>Decline the selected session request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/form_session_requests.ui" line="23"/>
        <source>Decline…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/form_session_requests.ui" line="30"/>
        <source>Session requests from returned forms, waiting to be booked</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SessionsView</name>
    <message>
        <location filename="../../src/engagements/gui/sessions_view.py" line="45"/>
        <source> (retired)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/sessions_view.py" line="53"/>
        <source>{hours} h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/sessions_view.py" line="117"/>
        <source>Sessions in the next two weeks, in {zone}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/sessions_view.py" line="121"/>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/sessions_view.py" line="121"/>
        <source>Partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/sessions_view.py" line="122"/>
        <source>Topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/sessions_view.py" line="152"/>
        <location filename="../../src/engagements/gui/sessions_view.py" line="156"/>
        <location filename="../../ui/sessions_view.ui" line="27"/>
        <source>Retire expert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/sessions_view.py" line="153"/>
        <source>Retire {expert}? They can no longer be booked or assigned; their past work stays on record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/sessions_view.py" line="172"/>
        <location filename="../../src/engagements/gui/sessions_view.py" line="179"/>
        <location filename="../../ui/sessions_view.ui" line="39"/>
        <source>Cancel session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/sessions_view.py" line="173"/>
        <source>Cancel session #{id} with {partner}? It will no longer count against the quota.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/sessions_view.py" line="183"/>
        <source>cancellation of session #{id}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sessions_view.ui" line="9"/>
        <source>&lt;h2&gt;Sessions and experts&lt;/h2&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sessions_view.ui" line="14"/>
        <source>Add an expert to the roster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sessions_view.ui" line="15"/>
        <source>New expert…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sessions_view.ui" line="20"/>
        <source>Change the selected expert&apos;s name, time zone and skills</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sessions_view.ui" line="21"/>
        <source>Edit expert…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sessions_view.ui" line="26"/>
        <source>Retire the selected expert from the roster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sessions_view.ui" line="32"/>
        <source>Book a training session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sessions_view.ui" line="33"/>
        <source>Book session…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sessions_view.ui" line="38"/>
        <source>Cancel the selected session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sessions_view.ui" line="48"/>
        <source>Expert roster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sessions_view.ui" line="58"/>
        <source>Selected expert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sessions_view.ui" line="64"/>
        <source>The expert&apos;s sessions in the next two weeks</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../src/engagements/gui/settings_dialog.py" line="21"/>
        <location filename="../../ui/settings_dialog.ui" line="5"/>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/settings_dialog.py" line="44"/>
        <location filename="../../ui/settings_dialog.ui" line="15"/>
        <source>Database file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/settings_dialog.py" line="46"/>
        <source>SQLite databases (*.db)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/settings_dialog.py" line="54"/>
        <source>A team database is a PostgreSQL URL, e.g. postgresql://login@host:5432/engagements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/settings_dialog.py" line="62"/>
        <source>Could not keep the password in the system keyring ({problem}); name an environment variable instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/settings_dialog.py" line="76"/>
        <source>The window speaks {language} from the next start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.ui" line="10"/>
        <source>Database (used at the next start)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.ui" line="12"/>
        <source>Embedded file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.ui" line="12"/>
        <source>&amp;Embedded file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.ui" line="16"/>
        <source>Choose the database file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.ui" line="16"/>
        <source>…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.ui" line="19"/>
        <source>Team PostgreSQL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.ui" line="19"/>
        <source>&amp;Team PostgreSQL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.ui" line="20"/>
        <source>PostgreSQL URL without the password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.ui" line="20"/>
        <source>postgresql://login@host:5432/engagements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.ui" line="21"/>
        <source>&amp;Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.ui" line="22"/>
        <source>Password, kept in the system keyring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.ui" line="22"/>
        <source>kept in the system keyring, never in the settings file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.ui" line="23"/>
        <source>or from &amp;variable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.ui" line="24"/>
        <source>Environment variable holding the password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.ui" line="24"/>
        <source>e.g. ENGAGEMENTS_PGPASSWORD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.ui" line="30"/>
        <source>Default working &amp;calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.ui" line="31"/>
        <source>Default working calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.ui" line="32"/>
        <source>Your &amp;role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.ui" line="33"/>
        <source>Your role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.ui" line="34"/>
        <source>&amp;Theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.ui" line="35"/>
        <source>Colour theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.ui" line="35"/>
        <source>Follow the system&apos;s light or dark scheme, or always use one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.ui" line="36"/>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.ui" line="37"/>
        <source>Language of the window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.ui" line="37"/>
        <source>Follow the system&apos;s language, or always use one; takes effect at the next start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.ui" line="42"/>
        <source>Problem with the settings</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <location filename="../../src/engagements/gui/labels.py" line="11"/>
        <source>submitted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/labels.py" line="12"/>
        <source>approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/labels.py" line="13"/>
        <source>scheduled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/labels.py" line="14"/>
        <source>in progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/labels.py" line="15"/>
        <source>completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/labels.py" line="16"/>
        <source>rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/labels.py" line="17"/>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/labels.py" line="18"/>
        <source>held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/labels.py" line="19"/>
        <source>pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/labels.py" line="20"/>
        <source>declined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/labels.py" line="21"/>
        <source>booked</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SubscriptionDialog</name>
    <message>
        <location filename="../../src/engagements/gui/subscription_dialog.py" line="35"/>
        <source>Subscription of {partner}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/subscription_dialog.py" line="38"/>
        <source>Now: {edition}, {start} for {months} months (term ends {end}). The new subscription starts a new record; the history stays.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/subscription_dialog.py" line="75"/>
        <source>{kind}-{id} from {first}: {why}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/subscription_dialog.py" line="85"/>
        <source>Change subscription</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/subscription_dialog.py" line="88"/>
        <source>{partner}: {edition} from {start}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/subscription_dialog.ui" line="5"/>
        <source>Renew or change the subscription</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/subscription_dialog.ui" line="13"/>
        <source>&amp;Edition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/subscription_dialog.ui" line="14"/>
        <source>Edition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/subscription_dialog.ui" line="15"/>
        <source>&amp;From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/subscription_dialog.ui" line="16"/>
        <source>First day of the new subscription</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/subscription_dialog.ui" line="16"/>
        <source>yyyy-MM-dd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/subscription_dialog.ui" line="17"/>
        <source>&amp;Months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/subscription_dialog.ui" line="18"/>
        <source>Committed term in months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/subscription_dialog.ui" line="19"/>
        <source>Se&amp;ssions a year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/subscription_dialog.ui" line="20"/>
        <source>Session quota written in the contract</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/subscription_dialog.ui" line="20"/>
        <source>plan default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/subscription_dialog.ui" line="24"/>
        <source>Rule feedback</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Theme</name>
    <message>
        <location filename="../../src/engagements/gui/theme.py" line="25"/>
        <source>Follow the system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/theme.py" line="26"/>
        <source>Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/theme.py" line="26"/>
        <source>Dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/theme.py" line="66"/>
        <source>{iem} IEM  {session} session · pale: waiting for approval · &amp;#9888; expert clash · &amp;#10006; over allowance · {holiday} {working}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/theme.py" line="69"/>
        <source>holiday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/theme.py" line="70"/>
        <source>official working day</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TimeGrid</name>
    <message>
        <location filename="../../src/engagements/gui/calendar_week.py" line="47"/>
        <source>Calendar week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/calendar_week.py" line="47"/>
        <source>Calendar day</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Topic</name>
    <message>
        <location filename="../../src/engagements/gui/labels.py" line="85"/>
        <source>architecture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/labels.py" line="86"/>
        <source>usage plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/labels.py" line="87"/>
        <source>key issues</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/labels.py" line="88"/>
        <source>product requirements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/labels.py" line="89"/>
        <source>industry experience</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Undo</name>
    <message>
        <location filename="../../src/engagements/gui/commands.py" line="34"/>
        <source>Redone: {change}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/commands.py" line="37"/>
        <source>Undone: {change}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/commands.py" line="45"/>
        <source>Cannot undo or redo {change}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/commands.py" line="69"/>
        <location filename="../../src/engagements/gui/purchase_dialog.py" line="105"/>
        <source>Done: {change}. Undo (Ctrl+Z) puts it back.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Views</name>
    <message>
        <location filename="../../src/engagements/gui/view_shelf.py" line="21"/>
        <source>Dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/view_shelf.py" line="22"/>
        <source>Requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/view_shelf.py" line="23"/>
        <source>Calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/view_shelf.py" line="24"/>
        <source>Partners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/view_shelf.py" line="25"/>
        <source>Sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/view_shelf.py" line="28"/>
        <source>&amp;Dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/view_shelf.py" line="29"/>
        <source>&amp;Requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/view_shelf.py" line="30"/>
        <source>&amp;Calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/view_shelf.py" line="31"/>
        <source>&amp;Partners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/view_shelf.py" line="32"/>
        <source>&amp;Sessions</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WorkingCalendars</name>
    <message>
        <location filename="../../src/engagements/gui/working_calendars_dialog.py" line="30"/>
        <source>Holiday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/working_calendars_dialog.py" line="31"/>
        <source>Working day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/working_calendars_dialog.py" line="32"/>
        <source>added by hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/working_calendars_dialog.py" line="33"/>
        <source>shipped with the application</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WorkingCalendarsDialog</name>
    <message>
        <location filename="../../src/engagements/gui/working_calendars_dialog.py" line="44"/>
        <location filename="../../ui/working_calendars_dialog.ui" line="5"/>
        <source>Working calendars</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/working_calendars_dialog.py" line="51"/>
        <source>&lt;p&gt;Add, remove or import adjustments to see which open requests they affect.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/working_calendars_dialog.py" line="98"/>
        <source>{name} · weekend {weekend}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/working_calendars_dialog.py" line="104"/>
        <source>{missing}. Until then a request whose earliest start needs this year has an undetermined lead time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/working_calendars_dialog.py" line="106"/>
        <location filename="../../src/engagements/gui/working_calendars_dialog.py" line="109"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/working_calendars_dialog.py" line="106"/>
        <source>Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/working_calendars_dialog.py" line="106"/>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/working_calendars_dialog.py" line="109"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/working_calendars_dialog.py" line="109"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/working_calendars_dialog.py" line="110"/>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/working_calendars_dialog.py" line="113"/>
        <source>imported from {source}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/working_calendars_dialog.py" line="116"/>
        <source>None stored for {code} {year}: the days on the left are workalendar&apos;s, with the official schedules shipped with the application.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/working_calendars_dialog.py" line="120"/>
        <source>{count} stored for {code} {year}. A date added by hand lays over the public holidays; an imported schedule replaces its year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/working_calendars_dialog.py" line="135"/>
        <source>Add adjustment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/working_calendars_dialog.py" line="139"/>
        <source>Added {kind} {date} to {code}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/working_calendars_dialog.py" line="147"/>
        <source>Remove adjustment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/working_calendars_dialog.py" line="150"/>
        <source>Removed {date} from {code}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/working_calendars_dialog.py" line="155"/>
        <source>{what}; {count} open requests affected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/working_calendars_dialog.ui" line="10"/>
        <source>&amp;Calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/working_calendars_dialog.ui" line="11"/>
        <source>Working calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/working_calendars_dialog.ui" line="12"/>
        <source>&amp;Year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/working_calendars_dialog.ui" line="13"/>
        <source>Year shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/working_calendars_dialog.ui" line="14"/>
        <source>About the calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/working_calendars_dialog.ui" line="16"/>
        <source>Import an official holiday schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/working_calendars_dialog.ui" line="16"/>
        <source>&amp;Import schedule…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/working_calendars_dialog.ui" line="26"/>
        <source>&lt;b&gt;Public holidays and official working days&lt;/b&gt; — what the lead-time rule uses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/working_calendars_dialog.ui" line="27"/>
        <source>Missing holiday data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/working_calendars_dialog.ui" line="28"/>
        <source>Public holidays and official working days of the year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/working_calendars_dialog.ui" line="34"/>
        <source>&lt;b&gt;Stored adjustments&lt;/b&gt; — imported schedules and dates added by hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/working_calendars_dialog.ui" line="35"/>
        <source>About the stored adjustments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/working_calendars_dialog.ui" line="35"/>
        <source>color: palette(placeholder-text);</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/working_calendars_dialog.ui" line="36"/>
        <source>Stored adjustments of the year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/working_calendars_dialog.ui" line="40"/>
        <source>Remove the chosen adjustment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/working_calendars_dialog.ui" line="40"/>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/working_calendars_dialog.ui" line="45"/>
        <source>Add a date by hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/working_calendars_dialog.ui" line="47"/>
        <source>&amp;Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/working_calendars_dialog.ui" line="48"/>
        <source>Date of the new adjustment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/working_calendars_dialog.ui" line="48"/>
        <source>yyyy-MM-dd (dddd)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/working_calendars_dialog.ui" line="49"/>
        <source>&amp;Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/working_calendars_dialog.ui" line="50"/>
        <source>Holiday or working day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/working_calendars_dialog.ui" line="51"/>
        <source>&amp;Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/working_calendars_dialog.ui" line="52"/>
        <source>Name of the new adjustment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/working_calendars_dialog.ui" line="52"/>
        <source>e.g. 国庆节 extra day, or Office move</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/working_calendars_dialog.ui" line="53"/>
        <source>Add the adjustment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/working_calendars_dialog.ui" line="53"/>
        <source>&amp;Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/working_calendars_dialog.ui" line="61"/>
        <source>&lt;b&gt;Open requests whose lead time changed&lt;/b&gt; — warn these partners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/working_calendars_dialog.ui" line="64"/>
        <source>Open requests affected by the last change</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
