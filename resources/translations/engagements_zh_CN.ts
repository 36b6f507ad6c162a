<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AppContext</name>
    <message>
        <location filename="../../src/engagements/gui/context.py" line="30"/>
        <source>the database is still opening</source>
        <translation>数据库仍在打开中</translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/context.py" line="72"/>
        <source>the database is open read only (--read-only)</source>
        <translation>数据库以只读方式打开（--read-only）</translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/context.py" line="84"/>
        <source>{why}; try again in a moment</source>
        <translation>{why}；请稍后再试</translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/context.py" line="98"/>
        <source>Not available: {reason}</source>
        <translation>不可用：{reason}</translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/context.py" line="141"/>
        <source>read only</source>
        <translation>只读</translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/context.py" line="151"/>
        <source>{what}: done. This cannot be undone (the undo history was cleared).</source>
        <translation>{what}：已完成。此操作无法撤销（撤销历史已清空）。</translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/context.py" line="153"/>
        <source>{what}: done. This cannot be undone.</source>
        <translation>{what}：已完成。此操作无法撤销。</translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/context.py" line="163"/>
        <source>Could not finish</source>
        <translation>无法完成</translation>
    </message>
</context>
<context>
    <name>AuditAction</name>
    <message>
        <location filename="../../src/engagements/gui/labels.py" line="110"/>
        <source>Partner added</source>
        <translation>已添加合作伙伴</translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/labels.py" line="111"/>
        <source>Partner details changed</source>
        <translation>合作伙伴信息已修改</translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/labels.py" line="112"/>
        <source>Subscription started</source>
        <translation>订阅已开始</translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/labels.py" line="113"/>
        <source>Subscription ended by a renewal or change</source>
        <translation>订阅因续订或变更而终止</translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/labels.py" line="114"/>
        <source>Early exit approved</source>
        <translation>已批准提前退出</translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/labels.py" line="115"/>
        <source>Sub-client account added</source>
        <translation>已添加子客户账号</translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/labels.py" line="116"/>
        <source>Sub-client renamed</source>
        <translation>子客户已重命名</translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/labels.py" line="117"/>
        <source>IEM requested</source>
        <translation>已申请 IEM</translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/labels.py" line="118"/>
        <source>IEM approved</source>
        <translation>IEM 已批准</translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/labels.py" line="119"/>
        <source>IEM rejected</source>
        <translation>IEM 已拒绝</translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/labels.py" line="120"/>
        <source>IEM cancelled</source>
        <translation>IEM 已取消</translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/labels.py" line="121"/>
        <source>IEM scheduled</source>
        <translation>IEM 已排期</translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/labels.py" line="122"/>
        <source>IEM started</source>
        <translation>IEM 已开始</translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/labels.py" line="123"/>
        <source>IEM completed</source>
        <translation>IEM 已完成</translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/labels.py" line="124"/>
        <source>IEM request changed</source>
        <translation>IEM 申请已修改</translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/labels.py" line="125"/>
        <source>Expert assigned to IEM</source>
        <translation>已为 IEM 指派专家</translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/labels.py" line="126"/>
        <source>Expert taken off IEM</source>
        <translation>专家已从 IEM 移除</translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/labels.py" line="127"/>
        <source>IEM days bought</source>
        <translation>已购买 IEM 天数</translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/labels.py" line="128"/>
        <source>Session booked</source>
        <translation>会话已预订</translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/labels.py" line="129"/>
        <source>Session cancelled</source>
        <translation>会话已取消</translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/labels.py" line="130"/>
        <source>Expert service used</source>
        <translation>已使用专家服务</translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/labels.py" line="131"/>
        <source>Request form imported</source>
        <translation>申请表单已导入</translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/labels.py" line="132"/>
        <source>Imported form corrected</source>
        <translation>已导入的表单已修正</translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/labels.py" line="133"/>
        <source>Request form issued</source>
        <translation>申请表单已发出</translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/labels.py" line="134"/>
        <source>Session asked for on a form</source>
        <translation>表单中申请了会话</translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/labels.py" line="135"/>
        <source>Asked-for session booked</source>
        <translation>申请的会话已预订</translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/labels.py" line="136"/>
        <source>Asked-for session declined</source>
        <translation>申请的会话已婉拒</translation>
    </message>
</context>
<context>
    <name>AuditField</name>
    <message>
        <location filename="../../src/engagements/gui/labels.py" line="166"/>
        <source>status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/labels.py" line="167"/>
        <source>start</source>
        <translation>开始</translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/labels.py" line="168"/>
        <source>end</source>
        <translation>结束</translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/labels.py" line="169"/>
        <source>starts at</source>
        <translation>开始时间</translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/labels.py" line="170"/>
        <source>ends at</source>
        <translation>结束时间</translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/labels.py" line="171"/>
        <source>justification</source>
        <translation>理由</translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/labels.py" line="172"/>
        <source>rejection reason</source>
        <translation>拒绝原因</translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/labels.py" line="173"/>
        <source>expert</source>
        <translation>专家</translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/labels.py" line="174"/>
        <source>topic</source>
        <translation>主题</translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/labels.py" line="175"/>
        <source>event name</source>
        <translation>活动名称</translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/labels.py" line="176"/>
        <source>event type</source>
        <translation>活动类型</translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/labels.py" line="177"/>
        <source>description</source>
        <translation>说明</translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/labels.py" line="178"/>
        <source>sub-client</source>
        <translation>子客户</translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/labels.py" line="179"/>
        <source>contact name</source>
        <translation>联系人姓名</translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/labels.py" line="180"/>
        <source>contact email</source>
        <translation>联系人邮箱</translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/labels.py" line="181"/>
        <source>contact phone</source>
        <translation>联系人电话</translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/labels.py" line="182"/>
        <source>name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/labels.py" line="183"/>
        <source>working calendar</source>
        <translation>工作日历</translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/labels.py" line="184"/>
        <source>designated TAM</source>
        <translation>指定 TAM</translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/labels.py" line="185"/>
        <source>designated ASM</source>
        <translation>指定 ASM</translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/labels.py" line="186"/>
        <source>edition</source>
        <translation>版本</translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/labels.py" line="187"/>
        <source>months</source>
        <translation>月数</translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/labels.py" line="188"/>
        <source>session quota</source>
        <translation>会话配额</translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/labels.py" line="189"/>
        <source>ended on</source>
        <translation>结束日期</translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/labels.py" line="190"/>
        <source>time zone</source>
        <translation>时区</translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/labels.py" line="191"/>
        <source>skills</source>
        <translation>技能</translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/labels.py" line="192"/>
        <source>active</source>
        <translation>在用</translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/labels.py" line="219"/>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/labels.py" line="221"/>
        <source>no</source>
        <translation>否</translation>
    </message>
</context>
<context>
    <name>AuditSubject</name>
    <message>
        <location filename="../../src/engagements/gui/labels.py" line="196"/>
        <source>subscription {}</source>
        <translation>订阅 {}</translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/labels.py" line="197"/>
        <source>sub-client {}</source>
        <translation>子客户 {}</translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/labels.py" line="198"/>
        <source>purchase {}</source>
        <translation>购买 {}</translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/labels.py" line="199"/>
        <source>expert-service use {}</source>
        <translation>专家服务使用 {}</translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/labels.py" line="200"/>
        <source>form {}</source>
        <translation>表单 {}</translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/labels.py" line="201"/>
        <source>partner {}</source>
        <translation>合作伙伴 {}</translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/labels.py" line="202"/>
        <source>session request {}</source>
        <translation>会话申请 {}</translation>
    </message>
</context>
<context>
    <name>BookingDialog</name>
    <message>
        <location filename="../../src/engagements/gui/booking_dialog.py" line="41"/>
        <location filename="../../ui/booking_dialog.ui" line="5"/>
        <source>Book a training session</source>
        <translation>预订培训会话</translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/booking_dialog.py" line="69"/>
        <source>Discard the changes to this session booking?</source>
        <translation>放弃对此会话预订的更改吗？</translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/booking_dialog.py" line="91"/>
        <source>&lt;b&gt;Cannot check:&lt;/b&gt; {reason}</source>
        <translation>&lt;b&gt;无法检查：&lt;/b&gt;{reason}</translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/booking_dialog.py" line="118"/>
        <source>Book session</source>
        <translation>预订会话</translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/booking_dialog.py" line="122"/>
        <source>booking of session #{id} for {partner}</source>
        <translation>为 {partner} 预订会话 #{id}</translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/booking_dialog.py" line="135"/>
        <source>&lt;h3&gt;Before booking&lt;/h3&gt;&lt;p&gt;&lt;b&gt;Partner&apos;s quota:&lt;/b&gt; &lt;span style=&apos;color:{colour}&apos;&gt;{left} of {included} sessions left&lt;/span&gt; this allowance year&lt;/p&gt;</source>
        <translation>&lt;h3&gt;预订前检查&lt;/h3&gt;&lt;p&gt;&lt;b&gt;合作伙伴配额：&lt;/b&gt;本额度年度 &lt;span style=&apos;color:{colour}&apos;&gt;{included} 次会话中剩余 {left} 次&lt;/span&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/booking_dialog.py" line="144"/>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/booking_dialog.py" line="146"/>
        <source>&lt;p&gt;&lt;b&gt;Expert&apos;s free hours that day&lt;/b&gt; ({zone}): {slots}&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;专家当天空闲时段&lt;/b&gt;（{zone}）：{slots}&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/booking_dialog.py" line="153"/>
        <source>Clash:</source>
        <translation>冲突：</translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/booking_dialog.py" line="167"/>
        <source>The expert is free and quota is left.</source>
        <translation>专家有空，且配额仍有剩余。</translation>
    </message>
    <message>
        <location filename="../../ui/booking_dialog.ui" line="10"/>
        <source>&amp;Partner</source>
        <translation>合作伙伴(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../ui/booking_dialog.ui" line="11"/>
        <source>Partner</source>
        <translation>合作伙伴</translation>
    </message>
    <message>
        <location filename="../../ui/booking_dialog.ui" line="12"/>
        <source>E&amp;xpert</source>
        <translation>专家(&amp;X)</translation>
    </message>
    <message>
        <location filename="../../ui/booking_dialog.ui" line="13"/>
        <source>Expert</source>
        <translation>专家</translation>
    </message>
    <message>
        <location filename="../../ui/booking_dialog.ui" line="14"/>
        <source>&amp;Topic</source>
        <translation>主题(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../ui/booking_dialog.ui" line="15"/>
        <source>Topic</source>
        <translation>主题</translation>
    </message>
    <message>
        <location filename="../../ui/booking_dialog.ui" line="16"/>
        <source>&amp;Starts</source>
        <translation>开始时间(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../ui/booking_dialog.ui" line="17"/>
        <source>Start, in the expert&apos;s time zone</source>
        <translation>开始时间（专家所在时区）</translation>
    </message>
    <message>
        <location filename="../../ui/booking_dialog.ui" line="18"/>
        <source>&amp;Length (hours)</source>
        <translation>时长（小时）(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../ui/booking_dialog.ui" line="19"/>
        <source>Length in hours</source>
        <translation>时长（小时）</translation>
    </message>
    <message>
        <location filename="../../ui/booking_dialog.ui" line="20"/>
        <source>&amp;Attendees</source>
        <translation>参会人员(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../ui/booking_dialog.ui" line="21"/>
        <source>Attendees</source>
        <translation>参会人员</translation>
    </message>
    <message>
        <location filename="../../ui/booking_dialog.ui" line="22"/>
        <source>On site</source>
        <translation>现场</translation>
    </message>
    <message>
        <location filename="../../ui/booking_dialog.ui" line="22"/>
        <source>On &amp;site (otherwise online)</source>
        <translation>现场（否则为线上）(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../ui/booking_dialog.ui" line="29"/>
        <source>Quota, clashes and free slots</source>
        <translation>配额、冲突和空闲时段</translation>
    </message>
    <message>
        <location filename="../../ui/booking_dialog.ui" line="39"/>
        <source>Book or cancel</source>
        <translation>预订或取消</translation>
    </message>
</context>
<context>
    <name>CalendarEdits</name>
    <message>
        <location filename="../../src/engagements/gui/calendar_edits.py" line="38"/>
        <source>read only</source>
        <translation>只读</translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/calendar_edits.py" line="51"/>
        <source>New IEM request</source>
        <translation>新建基础设施活动管理 (IEM) 申请</translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/calendar_edits.py" line="65"/>
        <source>Book session</source>
        <translation>预订会话</translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/calendar_edits.py" line="80"/>
        <source>move IEM #{id}</source>
        <translation>移动 IEM #{id}</translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/calendar_edits.py" line="81"/>
        <source>Cannot move IEM #{id}</source>
        <translation>无法移动 IEM #{id}</translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/calendar_edits.py" line="87"/>
        <source>Move IEM #{id}</source>
        <translation>移动 IEM #{id}</translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/calendar_edits.py" line="120"/>
        <source>Moved IEM #{id} to {first} – {last}; Ctrl+Z moves it back</source>
        <translation>已将 IEM #{id} 移至 {first} – {last}；按 Ctrl+Z 可移回</translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/calendar_edits.py" line="130"/>
        <source>Late start</source>
        <translation>延迟开始</translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/calendar_edits.py" line="131"/>
        <source>{reason}.

Justification:</source>
        <translation>{reason}。

理由说明：</translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/calendar_edits.py" line="146"/>
        <source>move session #{id}</source>
        <translation>移动会话 #{id}</translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/calendar_edits.py" line="150"/>
        <source>Move session #{id}</source>
        <translation>移动会话 #{id}</translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/calendar_edits.py" line="164"/>
        <source>Moved session #{id} to {when} {zone}; Ctrl+Z moves it back</source>
        <translation>已将会话 #{id} 移至 {when} {zone}；按 Ctrl+Z 可移回</translation>
    </message>
</context>
<context>
    <name>CalendarModel</name>
    <message>
        <location filename="../../src/engagements/gui/calendar_model.py" line="91"/>
        <source>all day</source>
        <translation>全天</translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/calendar_model.py" line="103"/>
        <source>expert clash</source>
        <translation>专家冲突</translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/calendar_model.py" line="105"/>
        <source>over allowance</source>
        <translation>超出额度</translation>
    </message>
</context>
<context>
    <name>CalendarMonth</name>
    <message>
        <location filename="../../src/engagements/gui/calendar_month.py" line="38"/>
        <source>expert clash</source>
        <translation>专家冲突</translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/calendar_month.py" line="40"/>
        <source>over allowance</source>
        <translation>超出额度</translation>
    </message>
</context>
<context>
    <name>CalendarPaint</name>
    <message>
        <location filename="../../src/engagements/gui/calendar_paint.py" line="186"/>
        <source>official working day</source>
        <translation>调休工作日</translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/calendar_paint.py" line="315"/>
        <source>+{count} more</source>
        <translation>另有 {count} 项</translation>
    </message>
</context>
<context>
    <name>CalendarPrint</name>
    <message>
        <location filename="../../src/engagements/gui/calendar_print.py" line="123"/>
        <source>{title}: engagements</source>
        <translation>{title}：服务列表</translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/calendar_print.py" line="143"/>
        <source>Blue bar: IEM · green bar: session · pale bar: waiting for approval · red border: expert clash or over allowance · pink day: holiday · green day: official working day · the pages after the month list every engagement with the partner&apos;s full name</source>
        <translation>蓝色条：IEM · 绿色条：会话 · 浅色条：等待批准 · 红色边框：专家冲突或超出额度 · 粉色日期：节假日 · 绿色日期：调休工作日 · 月历之后的页面列出所有服务及合作伙伴全称</translation>
    </message>
</context>
<context>
    <name>CalendarView</name>
    <message>
        <location filename="../../src/engagements/gui/calendar_view.py" line="36"/>
        <source>All statuses</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/calendar_view.py" line="37"/>
        <source>Waiting for approval</source>
        <translation>等待批准</translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/calendar_view.py" line="38"/>
        <source>Approved</source>
        <translation>已批准</translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/calendar_view.py" line="39"/>
        <source>Scheduled</source>
        <translation>已排期</translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/calendar_view.py" line="40"/>
        <source>In progress</source>
        <translation>进行中</translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/calendar_view.py" line="41"/>
        <source>Completed</source>
        <translation>已完成</translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/calendar_view.py" line="42"/>
        <source>Held</source>
        <translation>已举行</translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/calendar_view.py" line="173"/>
        <source>All partners</source>
        <translation>全部合作伙伴</translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/calendar_view.py" line="176"/>
        <source>All experts</source>
        <translation>全部专家</translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/calendar_view.py" line="179"/>
        <source>All TAMs</source>
        <translation>全部 TAM</translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/calendar_view.py" line="327"/>
        <source>Week {week}, {first} – {last}</source>
        <translation>第 {week} 周，{first} – {last}</translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/calendar_view.py" line="342"/>
        <source>Save calendar as PDF</source>
        <translation>将日历保存为 PDF</translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/calendar_view.py" line="344"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/calendar_view.py" line="353"/>
        <source>Saving PDF</source>
        <translation>正在保存 PDF</translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/calendar_view.py" line="358"/>
        <source>Saved {file}</source>
        <translation>已保存 {file}</translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/calendar_view.py" line="360"/>
        <source>PDF not saved</source>
        <translation>PDF 未保存</translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/calendar_view.py" line="386"/>
        <source>&lt;b&gt;{count}&lt;/b&gt; engagements, {clashes} clashing, {over} over allowance</source>
        <translation>&lt;b&gt;{count}&lt;/b&gt; 项服务，{clashes} 项冲突，{over} 项超出额度</translation>
    </message>
    <message>
        <location filename="../../ui/calendar_view.ui" line="10"/>
        <source>Previous period</source>
        <translation>上一时段</translation>
    </message>
    <message>
        <location filename="../../ui/calendar_view.ui" line="11"/>
        <source>Previous (Page Up)</source>
        <translation>上一个（Page Up）</translation>
    </message>
    <message>
        <location filename="../../ui/calendar_view.ui" line="17"/>
        <source>Go to today</source>
        <translation>转到今天</translation>
    </message>
    <message>
        <location filename="../../ui/calendar_view.ui" line="18"/>
        <source>Today</source>
        <translation>今天</translation>
    </message>
    <message>
        <location filename="../../ui/calendar_view.ui" line="23"/>
        <source>Next period</source>
        <translation>下一时段</translation>
    </message>
    <message>
        <location filename="../../ui/calendar_view.ui" line="24"/>
        <source>Next (Page Down)</source>
        <translation>下一个（Page Down）</translation>
    </message>
    <message>
        <location filename="../../ui/calendar_view.ui" line="30"/>
        <source>Period shown</source>
        <translation>显示的时段</translation>
    </message>
    <message>
        <location filename="../../ui/calendar_view.ui" line="37"/>
        <source>Calendar layout</source>
        <translation>日历布局</translation>
    </message>
    <message>
        <location filename="../../ui/calendar_view.ui" line="38"/>
        <source>Month</source>
        <translation>月</translation>
    </message>
    <message>
        <location filename="../../ui/calendar_view.ui" line="39"/>
        <source>Week</source>
        <translation>周</translation>
    </message>
    <message>
        <location filename="../../ui/calendar_view.ui" line="40"/>
        <source>Day</source>
        <translation>日</translation>
    </message>
    <message>
        <location filename="../../ui/calendar_view.ui" line="41"/>
        <location filename="../../ui/calendar_view.ui" line="98"/>
        <source>Agenda</source>
        <translation>议程</translation>
    </message>
    <message>
        <location filename="../../ui/calendar_view.ui" line="46"/>
        <source>Save the period as PDF</source>
        <translation>将此时段保存为 PDF</translation>
    </message>
    <message>
        <location filename="../../ui/calendar_view.ui" line="47"/>
        <source>Save PDF…</source>
        <translation>保存 PDF…</translation>
    </message>
    <message>
        <location filename="../../ui/calendar_view.ui" line="52"/>
        <source>Print the period</source>
        <translation>打印此时段</translation>
    </message>
    <message>
        <location filename="../../ui/calendar_view.ui" line="53"/>
        <source>Print…</source>
        <translation>打印…</translation>
    </message>
    <message>
        <location filename="../../ui/calendar_view.ui" line="61"/>
        <source>Show:</source>
        <translation>显示：</translation>
    </message>
    <message>
        <location filename="../../ui/calendar_view.ui" line="65"/>
        <source>Working calendar for holidays</source>
        <translation>用于节假日的工作日历</translation>
    </message>
    <message>
        <location filename="../../ui/calendar_view.ui" line="66"/>
        <source>Whose public holidays and official working weekends to show</source>
        <translation>显示哪个地区的法定节假日和调休周末</translation>
    </message>
    <message>
        <location filename="../../ui/calendar_view.ui" line="71"/>
        <source>Filter by partner</source>
        <translation>按合作伙伴筛选</translation>
    </message>
    <message>
        <location filename="../../ui/calendar_view.ui" line="76"/>
        <source>Filter by expert</source>
        <translation>按专家筛选</translation>
    </message>
    <message>
        <location filename="../../ui/calendar_view.ui" line="79"/>
        <source>Filter by TAM</source>
        <translation>按 TAM 筛选</translation>
    </message>
    <message>
        <location filename="../../ui/calendar_view.ui" line="83"/>
        <source>Filter by kind</source>
        <translation>按类型筛选</translation>
    </message>
    <message>
        <location filename="../../ui/calendar_view.ui" line="84"/>
        <source>All kinds</source>
        <translation>全部类型</translation>
    </message>
    <message>
        <location filename="../../ui/calendar_view.ui" line="85"/>
        <source>IEM</source>
        <translation>IEM</translation>
    </message>
    <message>
        <location filename="../../ui/calendar_view.ui" line="86"/>
        <source>Sessions</source>
        <translation>会话</translation>
    </message>
    <message>
        <location filename="../../ui/calendar_view.ui" line="90"/>
        <source>Filter by status</source>
        <translation>按状态筛选</translation>
    </message>
    <message>
        <location filename="../../ui/calendar_view.ui" line="107"/>
        <source>Legend</source>
        <translation>图例</translation>
    </message>
</context>
<context>
    <name>CalendarWeekPaint</name>
    <message>
        <location filename="../../src/engagements/gui/calendar_week_paint.py" line="125"/>
        <location filename="../../src/engagements/gui/calendar_week_paint.py" line="214"/>
        <source>all day</source>
        <translation>全天</translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/calendar_week_paint.py" line="189"/>
        <source>official working day</source>
        <translation>调休工作日</translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/calendar_week_paint.py" line="258"/>
        <source>+{count} more</source>
        <translation>另有 {count} 项</translation>
    </message>
</context>
<context>
    <name>Columns</name>
    <message>
        <location filename="../../src/engagements/gui/calendar_model.py" line="39"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/calendar_model.py" line="40"/>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/calendar_model.py" line="41"/>
        <location filename="../../src/engagements/gui/requests_model.py" line="27"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/calendar_model.py" line="42"/>
        <location filename="../../src/engagements/gui/requests_model.py" line="38"/>
        <source>Event or topic</source>
        <translation>活动或主题</translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/calendar_model.py" line="43"/>
        <location filename="../../src/engagements/gui/dashboard_model.py" line="20"/>
        <location filename="../../src/engagements/gui/form_session_requests.py" line="23"/>
        <location filename="../../src/engagements/gui/partners_view.py" line="41"/>
        <location filename="../../src/engagements/gui/requests_model.py" line="29"/>
        <source>Partner</source>
        <translation>合作伙伴</translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/calendar_model.py" line="44"/>
        <location filename="../../src/engagements/gui/requests_model.py" line="37"/>
        <location filename="../../src/engagements/gui/sessions_view.py" line="32"/>
        <source>Expert</source>
        <translation>专家</translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/calendar_model.py" line="45"/>
        <location filename="../../src/engagements/gui/requests_model.py" line="30"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/calendar_model.py" line="46"/>
        <source>Marks</source>
        <translation>标记</translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/dashboard_model.py" line="21"/>
        <location filename="../../src/engagements/gui/partners_view.py" line="42"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/dashboard_model.py" line="22"/>
        <location filename="../../src/engagements/gui/partners_view.py" line="43"/>
        <location filename="../../src/engagements/gui/requests_model.py" line="34"/>
        <source>Edition</source>
        <translation>版本</translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/dashboard_model.py" line="23"/>
        <location filename="../../src/engagements/gui/partners_view.py" line="44"/>
        <location filename="../../src/engagements/gui/requests_model.py" line="35"/>
        <source>Calendar</source>
        <translation>日历</translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/dashboard_model.py" line="24"/>
        <source>IEM days (used · pending · left)</source>
        <translation>IEM 天数（已用 · 待批 · 剩余）</translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/dashboard_model.py" line="25"/>
        <source>Sessions (used · left)</source>
        <translation>会话（已用 · 剩余）</translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/dashboard_model.py" line="26"/>
        <location filename="../../src/engagements/gui/partners_view.py" line="46"/>
        <source>Term ends</source>
        <translation>期限截至</translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/dashboard_model.py" line="27"/>
        <source>Risks</source>
        <translation>风险</translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/form_session_requests.py" line="24"/>
        <source>Topic</source>
        <translation>主题</translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/form_session_requests.py" line="25"/>
        <source>Preferred start</source>
        <translation>期望开始时间</translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/form_session_requests.py" line="26"/>
        <source>Sub-client</source>
        <translation>子客户</translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/form_session_requests.py" line="27"/>
        <source>Contact</source>
        <translation>联系人</translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/form_session_requests.py" line="28"/>
        <source>Warnings</source>
        <translation>警告</translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/history_dialog.py" line="29"/>
        <source>When (UTC)</source>
        <translation>时间（UTC）</translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/history_dialog.py" line="30"/>
        <source>Who</source>
        <translation>操作人</translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/history_dialog.py" line="31"/>
        <source>What</source>
        <translation>操作</translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/history_dialog.py" line="32"/>
        <source>Changed</source>
        <translation>变更内容</translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/history_dialog.py" line="33"/>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/requests_model.py" line="31"/>
        <source>Start</source>
        <translation>开始</translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/requests_model.py" line="32"/>
        <source>End</source>
        <translation>结束</translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/requests_model.py" line="33"/>
        <source>Submitted</source>
        <translation>提交日期</translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/requests_model.py" line="36"/>
        <source>Lead time</source>
        <translation>提前期</translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/sessions_view.py" line="33"/>
        <source>Time zone</source>
        <translation>时区</translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/sessions_view.py" line="34"/>
        <source>Sessions ahead</source>
        <translation>待进行会话</translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/sessions_view.py" line="35"/>
        <source>Hours this month</source>
        <translation>本月时长</translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/sessions_view.py" line="36"/>
        <source>IEM days ahead</source>
        <translation>待进行 IEM 天数</translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/sessions_view.py" line="37"/>
        <source>Skills</source>
        <translation>技能</translation>
    </message>
</context>
<context>
    <name>DashboardModel</name>
    <message>
        <location filename="../../src/engagements/gui/dashboard_model.py" line="95"/>
        <location filename="../../src/engagements/gui/dashboard_model.py" line="105"/>
        <source>not included</source>
        <translation>不包含</translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/dashboard_model.py" line="98"/>
        <location filename="../../src/engagements/gui/dashboard_model.py" line="106"/>
        <source>{left}/{available} left</source>
        <translation>剩余 {left}/{available}</translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/dashboard_model.py" line="111"/>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/dashboard_model.py" line="128"/>
        <source>Allowance year {start} to {end}: {used} of {available} natural days used ({included} included, {bought} bought); {pending} more if pending requests are approved</source>
        <translation>额度年度 {start} 至 {end}：{available} 个自然日中已用 {used} 个（含套餐内 {included} 个、购买 {bought} 个）；若批准待处理申请，将再用 {pending} 个</translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/dashboard_model.py" line="143"/>
        <source>{used} of {included} sessions used this year</source>
        <translation>本年度 {included} 次会话中已用 {used} 次</translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/dashboard_model.py" line="148"/>
        <source> ({count} late waiting)</source>
        <translation>（{count} 个逾期申请待处理）</translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/dashboard_model.py" line="156"/>
        <source>. To load it, {how}</source>
        <translation>。加载方法：{how}</translation>
    </message>
</context>
<context>
    <name>DashboardView</name>
    <message>
        <location filename="../../src/engagements/gui/dashboard_view.py" line="87"/>
        <source>⚠ no expert</source>
        <translation>⚠ 未配专家</translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/dashboard_view.py" line="102"/>
        <source>No expert is assigned to this IEM event yet: open it from Requests to staff it</source>
        <translation>此 IEM 活动尚未指派专家：请从“申请”中打开并安排人员</translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/dashboard_view.py" line="242"/>
        <location filename="../../src/engagements/gui/dashboard_view.py" line="273"/>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/dashboard_view.py" line="317"/>
        <source>The dashboard could not be read.</source>
        <translation>无法读取仪表板。</translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/dashboard_view.py" line="320"/>
        <source>As saved at {time}, could not check for changes · {summary}</source>
        <translation>保存于 {time}，无法检查是否有变动 · {summary}</translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/dashboard_view.py" line="325"/>
        <source>Could not be read again · {summary}</source>
        <translation>无法重新读取 · {summary}</translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/dashboard_view.py" line="380"/>
        <source>As saved at {time} · {summary}</source>
        <translation>保存于 {time} · {summary}</translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/dashboard_view.py" line="390"/>
        <source>As saved at {time}, checking for changes… · {summary}</source>
        <translation>保存于 {time}，正在检查是否有变动… · {summary}</translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/dashboard_view.py" line="443"/>
        <source> ({count} IEM without an expert)</source>
        <translation>（{count} 个 IEM 未配专家）</translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/dashboard_view.py" line="446"/>
        <source>{partners} partners · {at_risk} at risk · {upcoming} engagements in the next two weeks{unstaffed} · today {today}</source>
        <translation>{partners} 个合作伙伴 · {at_risk} 个有风险 · 未来两周 {upcoming} 项服务{unstaffed} · 今天 {today}</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_view.ui" line="10"/>
        <source>&lt;h2&gt;Dashboard&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;仪表板&lt;/h2&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_view.ui" line="15"/>
        <source>Summary</source>
        <translation>摘要</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_view.ui" line="24"/>
        <source>Filter partners</source>
        <translation>筛选合作伙伴</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_view.ui" line="25"/>
        <source>Filter partners…</source>
        <translation>筛选合作伙伴…</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_view.ui" line="32"/>
        <source>Only partners at risk</source>
        <translation>仅有风险的合作伙伴</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_view.ui" line="33"/>
        <source>At risk only</source>
        <translation>仅显示有风险的</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_view.ui" line="42"/>
        <source>Partners and their allowance</source>
        <translation>合作伙伴及其额度</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_view.ui" line="55"/>
        <source>&lt;b&gt;Next two weeks&lt;/b&gt;</source>
        <translation>&lt;b&gt;未来两周&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_view.ui" line="60"/>
        <source>Engagements in the next two weeks</source>
        <translation>未来两周的服务</translation>
    </message>
</context>
<context>
    <name>DayList</name>
    <message>
        <location filename="../../src/engagements/gui/calendar_month.py" line="59"/>
        <source>Engagements of the day</source>
        <translation>当天的服务</translation>
    </message>
</context>
<context>
    <name>DowngradeDialog</name>
    <message>
        <location filename="../../src/engagements/gui/downgrade_dialog.py" line="28"/>
        <source>Downgrade or exit check — {partner}</source>
        <translation>降级或退出检查 — {partner}</translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/downgrade_dialog.py" line="32"/>
        <source>End the subscription</source>
        <translation>终止订阅</translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/downgrade_dialog.py" line="58"/>
        <source>Allowed</source>
        <translation>允许</translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/downgrade_dialog.py" line="60"/>
        <source>Not allowed on that date</source>
        <translation>该日期不允许</translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/downgrade_dialog.py" line="64"/>
        <source>&lt;p&gt;&lt;b&gt;Why:&lt;/b&gt; {reason}.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;原因：&lt;/b&gt;{reason}。&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/downgrade_dialog.py" line="67"/>
        <source>&lt;p&gt;&lt;b&gt;Earliest date it can take effect:&lt;/b&gt; {date}&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;最早生效日期：&lt;/b&gt;{date}&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/downgrade_dialog.py" line="74"/>
        <source>&lt;p&gt;&lt;b&gt;Expert-service uses that constrain it:&lt;/b&gt; {uses}&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;构成限制的专家服务使用记录：&lt;/b&gt;{uses}&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/downgrade_dialog.py" line="81"/>
        <source>&lt;p&gt;&lt;b&gt;Expert-service uses that no longer constrain it:&lt;/b&gt; {uses}&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;不再构成限制的专家服务使用记录：&lt;/b&gt;{uses}&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/downgrade_dialog.py" line="88"/>
        <source>&lt;li&gt;{kind} #{id} from {first}: {why}&lt;/li&gt;</source>
        <translation>&lt;li&gt;{kind} #{id}（自 {first} 起）：{why}&lt;/li&gt;</translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/downgrade_dialog.py" line="99"/>
        <source>&lt;p&gt;&lt;b&gt;Booked engagements {target} would no longer cover:&lt;/b&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;{target} 将不再涵盖的已预订服务：&lt;/b&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/downgrade_dialog.py" line="107"/>
        <source>&lt;p&gt;No booked engagement is affected.&lt;/p&gt;</source>
        <translation>&lt;p&gt;没有已预订的服务受到影响。&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/downgrade_dialog.ui" line="5"/>
        <source>Downgrade or exit check</source>
        <translation>降级或退出检查</translation>
    </message>
    <message>
        <location filename="../../ui/downgrade_dialog.ui" line="10"/>
        <source>Move &amp;to</source>
        <translation>移至(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../ui/downgrade_dialog.ui" line="11"/>
        <source>Target edition</source>
        <translation>目标版本</translation>
    </message>
    <message>
        <location filename="../../ui/downgrade_dialog.ui" line="12"/>
        <source>&amp;Effective on</source>
        <translation>生效日期(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../ui/downgrade_dialog.ui" line="13"/>
        <source>Effective date</source>
        <translation>生效日期</translation>
    </message>
    <message>
        <location filename="../../ui/downgrade_dialog.ui" line="18"/>
        <source>The answer and why</source>
        <translation>结论及原因</translation>
    </message>
</context>
<context>
    <name>Edition</name>
    <message>
        <location filename="../../src/engagements/gui/labels.py" line="60"/>
        <source>Standard</source>
        <translation>标准版</translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/labels.py" line="61"/>
        <source>Commercial</source>
        <translation>商业版</translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/labels.py" line="62"/>
        <source>Enterprise</source>
        <translation>企业版</translation>
    </message>
</context>
<context>
    <name>EventType</name>
    <message>
        <location filename="../../src/engagements/gui/labels.py" line="78"/>
        <source>launch</source>
        <translation>发布</translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/labels.py" line="79"/>
        <source>promotion</source>
        <translation>促销</translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/labels.py" line="80"/>
        <source>version update</source>
        <translation>版本更新</translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/labels.py" line="81"/>
        <source>migration</source>
        <translation>迁移</translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/labels.py" line="82"/>
        <source>other</source>
        <translation>其他</translation>
    </message>
</context>
<context>
    <name>Exchange</name>
    <message>
        <location filename="../../src/engagements/gui/exchange.py" line="28"/>
        <source>Request forms (*.pdf)</source>
        <translation>申请表单 (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/exchange.py" line="35"/>
        <source>Import returned request forms</source>
        <translation>导入已返回的申请表单</translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/exchange.py" line="46"/>
        <source>Import a folder of returned forms</source>
        <translation>导入已返回表单的文件夹</translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/exchange.py" line="55"/>
        <source>read only</source>
        <translation>只读</translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/exchange.py" line="59"/>
        <location filename="../../src/engagements/gui/exchange.py" line="90"/>
        <location filename="../../src/engagements/gui/exchange.py" line="106"/>
        <location filename="../../src/engagements/gui/exchange.py" line="127"/>
        <source>Import forms</source>
        <translation>导入表单</translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/exchange.py" line="91"/>
        <source>There are no PDF files to import.</source>
        <translation>没有可导入的 PDF 文件。</translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/exchange.py" line="113"/>
        <source>Importing returned forms</source>
        <translation>正在导入已返回的表单</translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/exchange.py" line="135"/>
        <source>Imported {count} of {total} forms (cancelled; the rest were left alone).</source>
        <translation>已导入 {total} 份表单中的 {count} 份（已取消；其余未处理）。</translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/exchange.py" line="140"/>
        <source>Imported {count} of {total} forms.</source>
        <translation>已导入 {total} 份表单中的 {count} 份。</translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/exchange.py" line="146"/>
        <source>%n session request(s) wait in Sessions &gt; Pending session requests.</source>
        <translation>%n 个会话申请在“会话 &gt; 待处理的会话申请”中等待处理。</translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/exchange.py" line="154"/>
        <source>Not imported:</source>
        <translation>未导入：</translation>
    </message>
</context>
<context>
    <name>ExpertDialog</name>
    <message>
        <location filename="../../src/engagements/gui/expert_dialog.py" line="44"/>
        <source>New expert</source>
        <translation>新建专家</translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/expert_dialog.py" line="45"/>
        <source>&lt;h3&gt;New expert on the roster&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;新增专家&lt;/h3&gt;</translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/expert_dialog.py" line="47"/>
        <source>Expert {name}</source>
        <translation>专家 {name}</translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/expert_dialog.py" line="49"/>
        <source>&lt;h3&gt;{name}&lt;/h3&gt;{sessions} sessions and {days} IEM days ahead</source>
        <translation>&lt;h3&gt;{name}&lt;/h3&gt;待进行 {sessions} 次会话、{days} 个 IEM 日</translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/expert_dialog.py" line="61"/>
        <source>Discard the changes to this expert?</source>
        <translation>放弃对此专家的更改吗？</translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/expert_dialog.py" line="72"/>
        <source>Add expert</source>
        <translation>添加专家</translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/expert_dialog.py" line="80"/>
        <source>Save expert</source>
        <translation>保存专家</translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/expert_dialog.py" line="83"/>
        <source>Saved expert {name}</source>
        <translation>已保存专家 {name}</translation>
    </message>
    <message>
        <location filename="../../ui/expert_dialog.ui" line="5"/>
        <source>Expert</source>
        <translation>专家</translation>
    </message>
    <message>
        <location filename="../../ui/expert_dialog.ui" line="13"/>
        <source>Expert &amp;id</source>
        <translation>专家 ID(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../ui/expert_dialog.ui" line="14"/>
        <source>Expert id</source>
        <translation>专家 ID</translation>
    </message>
    <message>
        <location filename="../../ui/expert_dialog.ui" line="15"/>
        <source>&amp;Name</source>
        <translation>名称(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../ui/expert_dialog.ui" line="16"/>
        <source>Expert name</source>
        <translation>专家姓名</translation>
    </message>
    <message>
        <location filename="../../ui/expert_dialog.ui" line="17"/>
        <source>Time &amp;zone</source>
        <translation>时区(&amp;Z)</translation>
    </message>
    <message>
        <location filename="../../ui/expert_dialog.ui" line="18"/>
        <source>Time zone (IANA name)</source>
        <translation>时区（IANA 名称）</translation>
    </message>
    <message>
        <location filename="../../ui/expert_dialog.ui" line="19"/>
        <source>&amp;Skills</source>
        <translation>技能(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../ui/expert_dialog.ui" line="20"/>
        <source>Skills, comma-separated</source>
        <translation>技能（以逗号分隔）</translation>
    </message>
    <message>
        <location filename="../../ui/expert_dialog.ui" line="20"/>
        <source>e.g. database, networking, big data</source>
        <translation>例如：数据库、网络、大数据</translation>
    </message>
    <message>
        <location filename="../../ui/expert_dialog.ui" line="24"/>
        <source>Rule feedback</source>
        <translation>规则反馈</translation>
    </message>
</context>
<context>
    <name>ExpertUseDialog</name>
    <message>
        <location filename="../../src/engagements/gui/expert_use_dialog.py" line="33"/>
        <source>Expert service for {partner}</source>
        <translation>{partner} 的专家服务</translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/expert_use_dialog.py" line="36"/>
        <source>Architecture optimization by the expert team.</source>
        <translation>由专家团队进行架构优化。</translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/expert_use_dialog.py" line="52"/>
        <source>Discard this use of the expert service?</source>
        <translation>放弃此次专家服务记录吗？</translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/expert_use_dialog.py" line="64"/>
        <source>Recording this use blocks a downgrade or exit until the committed term ends: {partner} cannot move to a lower edition or leave before {date} without a recorded early-exit approval.</source>
        <translation>记录此次使用后，在承诺期限结束前将禁止降级或退出：如无已记录的提前退出批准，{partner} 在 {date} 之前不能降为更低版本或退出。</translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/expert_use_dialog.py" line="80"/>
        <source>Record expert service</source>
        <translation>记录专家服务</translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/expert_use_dialog.py" line="85"/>
        <source>Recorded the expert service for {partner} on {date}</source>
        <translation>已记录 {partner} 于 {date} 的专家服务</translation>
    </message>
    <message>
        <location filename="../../ui/expert_use_dialog.ui" line="5"/>
        <source>Record an expert-service use</source>
        <translation>记录专家服务使用</translation>
    </message>
    <message>
        <location filename="../../ui/expert_use_dialog.ui" line="13"/>
        <source>&amp;Date</source>
        <translation>日期(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../ui/expert_use_dialog.ui" line="14"/>
        <source>Date of the work</source>
        <translation>工作日期</translation>
    </message>
    <message>
        <location filename="../../ui/expert_use_dialog.ui" line="15"/>
        <source>&amp;Expert</source>
        <translation>专家(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../ui/expert_use_dialog.ui" line="16"/>
        <source>Expert who did the work</source>
        <translation>执行工作的专家</translation>
    </message>
    <message>
        <location filename="../../ui/expert_use_dialog.ui" line="17"/>
        <source>&amp;What was done</source>
        <translation>完成的工作(&amp;W)</translation>
    </message>
    <message>
        <location filename="../../ui/expert_use_dialog.ui" line="18"/>
        <source>What the expert team did</source>
        <translation>专家团队完成的工作</translation>
    </message>
    <message>
        <location filename="../../ui/expert_use_dialog.ui" line="22"/>
        <source>What recording it means</source>
        <translation>记录此次使用的影响</translation>
    </message>
</context>
<context>
    <name>Findings</name>
    <message>
        <location filename="../../src/engagements/gui/finding_words.py" line="68"/>
        <source>move to {edition}</source>
        <translation>改为{edition}</translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/finding_words.py" line="72"/>
        <source>end the subscription</source>
        <translation>终止订阅</translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/finding_words.py" line="75"/>
        <source>{target} is not a lower edition than {current}; nothing constrains the move</source>
        <translation>{target}并不低于{current}；此变更不受任何限制</translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/finding_words.py" line="80"/>
        <source>no expert-service use recorded; may {move} on any date</source>
        <translation>没有专家服务使用记录；可在任意日期{move}</translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/finding_words.py" line="86"/>
        <source>the 1 expert-service use no longer constrains the move: the committed term ended, and {day} was the first day after it; may {move}</source>
        <translation>这 1 次专家服务使用不再限制此变更：承诺期限已结束，{day} 是期满后的第一天；可以{move}</translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/finding_words.py" line="91"/>
        <source>the {uses} expert-service uses no longer constrain the move: the committed term ended, and {day} was the first day after it; may {move}</source>
        <translation>这 {uses} 次专家服务使用不再限制此变更：承诺期限已结束，{day} 是期满后的第一天；可以{move}</translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/finding_words.py" line="98"/>
        <source>the 1 expert-service use no longer constrains the move: an early exit is approved and recorded; may {move}</source>
        <translation>这 1 次专家服务使用不再限制此变更：提前退出已获批准并记录；可以{move}</translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/finding_words.py" line="103"/>
        <source>the {uses} expert-service uses no longer constrain the move: an early exit is approved and recorded; may {move}</source>
        <translation>这 {uses} 次专家服务使用不再限制此变更：提前退出已获批准并记录；可以{move}</translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/finding_words.py" line="116"/>
        <source>the subscription ends</source>
        <translation>订阅终止</translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/finding_words.py" line="118"/>
        <source>{edition} includes no IEM</source>
        <translation>{edition}不含 IEM</translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/finding_words.py" line="122"/>
        <source>{edition} includes no training sessions</source>
        <translation>{edition}不含培训会话</translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/finding_words.py" line="126"/>
        <source>{edition} covers sessions only within the contract&apos;s quota</source>
        <translation>{edition}仅在合同配额内涵盖会话</translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/finding_words.py" line="145"/>
        <source>no holiday data for {calendar} {year}: import the official schedule with `engagements holidays import FILE.ics --calendar {calendar}` or Tools &gt; Import holiday schedule… in the window</source>
        <translation>{calendar} 缺少 {year} 年的节假日数据：请用 `engagements holidays import FILE.ics --calendar {calendar}` 或窗口中的“工具 &gt; 导入节假日安排…”导入官方安排</translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/finding_words.py" line="182"/>
        <source>late: submitted after the event started; approving needs a justification</source>
        <translation>逾期：在活动开始后才提交；批准需要填写理由</translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/finding_words.py" line="187"/>
        <source>late: {notice} business days&apos; notice, {required} needed (earliest start {earliest}); approving needs a justification</source>
        <translation>逾期：提前 {notice} 个工作日通知，要求 {required} 个（最早开始日期 {earliest}）；批准需要填写理由</translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/finding_words.py" line="178"/>
        <location filename="../../src/engagements/gui/finding_words.py" line="196"/>
        <source>undetermined</source>
        <translation>待定</translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/finding_words.py" line="155"/>
        <source>import the official schedule with `engagements holidays import FILE.ics --calendar {calendar}` or Tools &gt; Import holiday schedule… in the window</source>
        <translation>请用 `engagements holidays import FILE.ics --calendar {calendar}` 或窗口中的“工具 &gt; 导入节假日安排…”导入官方安排</translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/finding_words.py" line="165"/>
        <source>late: the event starts before the form was received</source>
        <translation>逾期：活动在收到表单之前就已开始</translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/finding_words.py" line="169"/>
        <source>late: {notice} business days&apos; notice, {required} needed; the earliest start meeting the lead time is {earliest}</source>
        <translation>逾期：提前 {notice} 个工作日通知，要求 {required} 个；满足提前期的最早开始日期为 {earliest}</translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/finding_words.py" line="199"/>
        <source>the request is late (it was submitted after its event started): approving it needs a written justification</source>
        <translation>该申请已逾期（在活动开始后才提交）：批准需要书面理由</translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/finding_words.py" line="207"/>
        <source>the request is late (notice {notice} business days, {required} needed; earliest start in {year} or later, not countable without that year&apos;s holiday data): approving it needs a written justification</source>
        <translation>该申请已逾期（提前 {notice} 个工作日通知，要求 {required} 个；最早开始日期在 {year} 年或之后，缺少该年的节假日数据无法计算）：批准需要书面理由</translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/finding_words.py" line="217"/>
        <source>the request is late (notice {notice} business days, {required} needed; earliest start {earliest}): approving it needs a written justification</source>
        <translation>该申请已逾期（提前 {notice} 个工作日通知，要求 {required} 个；最早开始日期 {earliest}）：批准需要书面理由</translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/finding_words.py" line="230"/>
        <source>lead time undetermined: {missing}</source>
        <translation>提前期无法确定：{missing}</translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/finding_words.py" line="236"/>
        <source>the lead time of request {request} is undetermined: its earliest start needs holiday data from {year} on, which {calendar} lacks; to decide it, {how}; or approve with an explicit acknowledgement (--acknowledge-undetermined)</source>
        <translation>申请 {request} 的提前期无法确定：其最早开始日期需要 {year} 年起的节假日数据，而 {calendar} 缺少这些数据；要确定提前期，{how}；或在批准时明确确认（--acknowledge-undetermined）</translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/finding_words.py" line="248"/>
        <source>{missing}. The lead time is undetermined until then: the request can be recorded, and approving it needs an explicit acknowledgement</source>
        <translation>{missing}。在此之前提前期无法确定：申请可以登记，批准时需要明确确认</translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/finding_words.py" line="259"/>
        <source>{missing}. The lead time is met for certain; the notice is at least {notice} business days</source>
        <translation>{missing}。提前期肯定满足；通知期至少为 {notice} 个工作日</translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/finding_words.py" line="264"/>
        <source>{missing}. The request is late for certain; its earliest start cannot be counted until then</source>
        <translation>{missing}。该申请肯定逾期；在此之前无法计算其最早开始日期</translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/finding_words.py" line="270"/>
        <source>weekends and holidays on {day} cannot be checked: {missing}</source>
        <translation>无法检查 {day} 的周末和节假日：{missing}</translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/finding_words.py" line="280"/>
        <source>allowance forecast with the pending requests: {reason}</source>
        <translation>计入待处理申请后的额度预测：{reason}</translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/finding_words.py" line="285"/>
        <source>approving would use {used} of {available} IEM days in {start} to {end}: {short} short</source>
        <translation>批准后将使用 {start} 至 {end} 的 {available} 个 IEM 天数中的 {used} 个：缺少 {short} 天</translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/finding_words.py" line="297"/>
        <source>1 day short</source>
        <translation>缺少 1 天</translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/finding_words.py" line="299"/>
        <source>{days} days short</source>
        <translation>缺少 {days} 天</translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/finding_words.py" line="301"/>
        <source>approving would use {used} IEM days in the allowance year {start} to {end}, which {included} included and the bought days valid then ({bought} bought for periods touching it, each spent once) cannot pay for: {shortfall}</source>
        <translation>批准后将在额度年度 {start} 至 {end} 使用 {used} 个 IEM 天数，包含的 {included} 天及当时有效的已购天数（与该年度相关期间购买了 {bought} 天，每天只能使用一次）不足以支付：{shortfall}</translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/finding_words.py" line="319"/>
        <source>the {edition} edition includes no IEM</source>
        <translation>{edition}不含 IEM</translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/finding_words.py" line="323"/>
        <source>the {edition} edition includes no training sessions</source>
        <translation>{edition}不含培训会话</translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/finding_words.py" line="327"/>
        <source>the {edition} edition includes no service reports</source>
        <translation>{edition}不含服务报告</translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/finding_words.py" line="331"/>
        <source>the {edition} edition does not include the expert service</source>
        <translation>{edition}不含专家服务</translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/finding_words.py" line="340"/>
        <source>the event ({start} to {end}) is outside the subscription&apos;s term ({term_start} to {term_end})</source>
        <translation>活动（{start} 至 {end}）超出订阅期限（{term_start} 至 {term_end}）</translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/finding_words.py" line="355"/>
        <source>the event ends before it starts</source>
        <translation>活动的结束日期早于开始日期</translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/finding_words.py" line="364"/>
        <source>overlaps IEM request {requests} of the same partner: the shared dates cost no allowance twice, but check it is not a duplicate</source>
        <translation>与同一合作伙伴的 IEM 申请 {requests} 日期重叠：重叠的日期不会重复占用额度，但请确认不是重复申请</translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/finding_words.py" line="369"/>
        <source>overlaps IEM requests {requests} of the same partner: the shared dates cost no allowance twice, but check it is not a duplicate</source>
        <translation>与同一合作伙伴的 IEM 申请 {requests} 日期重叠：重叠的日期不会重复占用额度，但请确认不是重复申请</translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/finding_words.py" line="379"/>
        <source>the {edition} contract&apos;s session quota must be set before a session can be booked</source>
        <translation>必须先设置{edition}合同的会话配额，才能预订会话</translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/finding_words.py" line="386"/>
        <source>all {quota} training sessions of this allowance year are already booked</source>
        <translation>本额度年度的 {quota} 次培训会话已全部预订</translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/finding_words.py" line="393"/>
        <source>iem</source>
        <translation>IEM</translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/finding_words.py" line="395"/>
        <location filename="../../src/engagements/gui/finding_words.py" line="580"/>
        <source>session</source>
        <translation>会话</translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/finding_words.py" line="401"/>
        <source>the expert was booked at that time by someone else a moment ago</source>
        <translation>该专家刚刚在这一时段被其他人预订</translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/finding_words.py" line="413"/>
        <source>expert {expert} is already booked from {start} to {end} ({kind} {id}{label})</source>
        <translation>专家 {expert} 在 {start} 至 {end} 已有安排（{kind} {id}{label}）</translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/finding_words.py" line="426"/>
        <source>the expert is already booked {start}-{end} ({kind} #{id}{label})</source>
        <translation>该专家在 {start}-{end} 已有安排（{kind} #{id}{label}）</translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/finding_words.py" line="439"/>
        <source>session times need a time zone or an offset</source>
        <translation>会话时间需要时区或时差</translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/finding_words.py" line="444"/>
        <source>a session must end after it starts</source>
        <translation>会话的结束时间必须晚于开始时间</translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/finding_words.py" line="445"/>
        <source>a session cannot last more than 12 hours</source>
        <translation>会话时长不能超过 12 小时</translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/finding_words.py" line="473"/>
        <source>outside {opens}-{closes} in the partner&apos;s zone: {times}</source>
        <translation>超出合作伙伴所在时区的 {opens}-{closes}：{times}</translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/finding_words.py" line="477"/>
        <source>outside {opens}-{closes} in the expert&apos;s zone: {times}</source>
        <translation>超出专家所在时区的 {opens}-{closes}：{times}</translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/finding_words.py" line="489"/>
        <source>{day} is a holiday in {calendar} ({holiday})</source>
        <translation>{day} 是 {calendar} 的节假日（{holiday}）</translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/finding_words.py" line="492"/>
        <source>{day} ({weekday}) is a weekend day in {calendar}</source>
        <translation>{day}（{weekday}）是 {calendar} 的周末</translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/finding_words.py" line="498"/>
        <source>a request that is {status} cannot become {target}</source>
        <translation>{status}的申请不能变为{target}</translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/finding_words.py" line="504"/>
        <source>the expert service needs a committed term of {minimum} months or more (this one is {months})</source>
        <translation>专家服务要求承诺期限不少于 {minimum} 个月（此订阅为 {months} 个月）</translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/finding_words.py" line="518"/>
        <source>1 recorded use</source>
        <translation>已记录 1 次使用</translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/finding_words.py" line="520"/>
        <source>{count} recorded uses</source>
        <translation>已记录 {count} 次使用</translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/finding_words.py" line="522"/>
        <source>the expert service was used ({uses}), so a downgrade or exit is not effective before {day}, the first day after the committed term; an earlier exit needs a recorded approval</source>
        <translation>已使用专家服务（{uses}），因此降级或退出在承诺期满后的第一天 {day} 之前不能生效；更早退出需要已记录的批准</translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/finding_words.py" line="578"/>
        <source>partner</source>
        <translation>合作伙伴</translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/finding_words.py" line="579"/>
        <source>expert</source>
        <translation>专家</translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/finding_words.py" line="581"/>
        <source>IEM request</source>
        <translation>IEM 申请</translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/finding_words.py" line="582"/>
        <source>subscription for partner</source>
        <translation>合作伙伴的订阅</translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/finding_words.py" line="583"/>
        <source>partner with designated TAM</source>
        <translation>指定 TAM 的合作伙伴</translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/finding_words.py" line="584"/>
        <source>session request</source>
        <translation>会话申请</translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/finding_words.py" line="585"/>
        <source>adjustment on</source>
        <translation>日期调整</translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/finding_words.py" line="586"/>
        <source>sub-client account</source>
        <translation>子客户账户</translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/finding_words.py" line="596"/>
        <source>{kind} of {owner}</source>
        <translation>{owner} 的{kind}</translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/finding_words.py" line="599"/>
        <source>no {kind} with id {identifier}</source>
        <translation>没有编号为 {identifier} 的{kind}</translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/finding_words.py" line="606"/>
        <source>{file} is {size} MB; a request form is at most {limit} MB</source>
        <translation>{file} 大小为 {size} MB；申请表单最大为 {limit} MB</translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/finding_words.py" line="609"/>
        <source>{file} is larger than {limit} MB</source>
        <translation>{file} 超过 {limit} MB</translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/finding_words.py" line="616"/>
        <source>{file} is empty</source>
        <translation>{file} 是空文件</translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/finding_words.py" line="617"/>
        <source>{file} is not a PDF file</source>
        <translation>{file} 不是 PDF 文件</translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/finding_words.py" line="622"/>
        <source>{file} is a folder; give a PDF file</source>
        <translation>{file} 是文件夹；请提供 PDF 文件</translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/finding_words.py" line="624"/>
        <source>{file} is not a regular file; give a PDF file</source>
        <translation>{file} 不是普通文件；请提供 PDF 文件</translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/finding_words.py" line="630"/>
        <source>{file} took too long to read; it may be damaged or crafted</source>
        <translation>读取 {file} 用时过长；该文件可能已损坏或被恶意构造</translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/finding_words.py" line="633"/>
        <source>{file} is damaged or not a readable PDF</source>
        <translation>{file} 已损坏或不是可读取的 PDF</translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/finding_words.py" line="639"/>
        <source>{file} contains {active}, which a request form never does; it was not read</source>
        <translation>{file} 包含 {active}，申请表单从不包含这类内容；未读取该文件</translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/finding_words.py" line="647"/>
        <source>the database is open read only; nothing can be changed</source>
        <translation>数据库以只读方式打开；无法进行任何更改</translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/finding_words.py" line="651"/>
        <source>the database is read only for this user</source>
        <translation>该数据库对此用户只读</translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/finding_words.py" line="658"/>
        <source>the database is busy: another user&apos;s change has held what this one needs for longer than the lock timeout; nothing was written, try again in a moment</source>
        <translation>数据库繁忙：其他用户的更改占用所需数据的时间超过了锁等待时限；未写入任何内容，请稍后重试</translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/finding_words.py" line="672"/>
        <source>{file} was not read: the batch ran out of time</source>
        <translation>未读取 {file}：本批导入已超时</translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/finding_words.py" line="675"/>
        <source>{file} is a PDF but not one of our request forms</source>
        <translation>{file} 是 PDF，但不是本系统的申请表单</translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/finding_words.py" line="687"/>
        <source>form id</source>
        <translation>表单编号</translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/finding_words.py" line="688"/>
        <source>partner id</source>
        <translation>合作伙伴编号</translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/finding_words.py" line="689"/>
        <source>expires</source>
        <translation>有效期</translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/finding_words.py" line="690"/>
        <source>signature</source>
        <translation>签名</translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/finding_words.py" line="691"/>
        <source>request type</source>
        <translation>申请类型</translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/finding_words.py" line="692"/>
        <source>event type</source>
        <translation>活动类型</translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/finding_words.py" line="693"/>
        <source>session topic</source>
        <translation>会话主题</translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/finding_words.py" line="694"/>
        <source>sub client account id</source>
        <translation>子客户账号</translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/finding_words.py" line="695"/>
        <source>sub client name</source>
        <translation>子客户名称</translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/finding_words.py" line="696"/>
        <source>event name</source>
        <translation>活动名称</translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/finding_words.py" line="697"/>
        <source>event start</source>
        <translation>活动开始日期</translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/finding_words.py" line="698"/>
        <source>event end</source>
        <translation>活动结束日期</translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/finding_words.py" line="699"/>
        <source>session start</source>
        <translation>会话开始时间</translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/finding_words.py" line="700"/>
        <source>session timezone</source>
        <translation>会话时区</translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/finding_words.py" line="701"/>
        <source>description</source>
        <translation>说明</translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/finding_words.py" line="702"/>
        <source>contact name</source>
        <translation>联系人姓名</translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/finding_words.py" line="703"/>
        <source>contact email</source>
        <translation>联系人邮箱</translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/finding_words.py" line="704"/>
        <source>contact phone</source>
        <translation>联系人电话</translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/finding_words.py" line="714"/>
        <source>choose one value, not several</source>
        <translation>请只选择一个值，不要选择多个</translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/finding_words.py" line="716"/>
        <source>give an e-mail address or a phone number</source>
        <translation>请填写电子邮箱或电话号码</translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/finding_words.py" line="718"/>
        <source>the last day is before the first day</source>
        <translation>最后一天早于第一天</translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/finding_words.py" line="720"/>
        <source>not a time zone name such as Asia/Shanghai: {typed}</source>
        <translation>不是时区名称（例如 Asia/Shanghai）：{typed}</translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/finding_words.py" line="724"/>
        <source>not a date and time in YYYY-MM-DD HH:MM: {typed}</source>
        <translation>不是 YYYY-MM-DD HH:MM 格式的日期和时间：{typed}</translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/finding_words.py" line="728"/>
        <source>not an e-mail address: {typed}</source>
        <translation>不是电子邮箱地址：{typed}</translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/finding_words.py" line="732"/>
        <source>the form&apos;s identity fields are missing</source>
        <translation>表单缺少身份字段</translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/finding_words.py" line="734"/>
        <source>form {form} was not issued by this database</source>
        <translation>表单 {form} 不是由此数据库签发的</translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/finding_words.py" line="738"/>
        <source>the form&apos;s identity fields were changed (the signature does not match)</source>
        <translation>表单的身份字段已被修改（签名不匹配）</translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/finding_words.py" line="742"/>
        <source>this form was issued to {issued_to}, not {expected}</source>
        <translation>此表单签发给 {issued_to}，而不是 {expected}</translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/finding_words.py" line="746"/>
        <source>the form expired on {day}</source>
        <translation>表单已于 {day} 过期</translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/finding_words.py" line="750"/>
        <source>the form was already imported</source>
        <translation>该表单已经导入过</translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/finding_words.py" line="752"/>
        <source>the preferred start has passed</source>
        <translation>期望开始时间已过</translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/finding_words.py" line="754"/>
        <source>the form was already imported on {day} by {who}</source>
        <translation>该表单已由 {who} 于 {day} 导入</translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/finding_words.py" line="760"/>
        <source>{field} is required</source>
        <translation>{field}为必填项</translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/finding_words.py" line="764"/>
        <source>{field} is longer than {most} characters</source>
        <translation>{field}超过 {most} 个字符</translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/finding_words.py" line="768"/>
        <source>{field} contains control characters</source>
        <translation>{field}包含控制字符</translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/finding_words.py" line="774"/>
        <source>{field} must be one of {choices}, not {typed}</source>
        <translation>{field}必须是 {choices} 之一，而不是 {typed}</translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/finding_words.py" line="778"/>
        <source>{field} is not a real date in YYYY-MM-DD: {typed}</source>
        <translation>{field}不是 YYYY-MM-DD 格式的有效日期：{typed}</translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/finding_words.py" line="782"/>
        <source>the form&apos;s {field} was changed or removed</source>
        <translation>表单的{field}已被修改或删除</translation>
    </message>
</context>
<context>
    <name>FormExportDialog</name>
    <message>
        <location filename="../../src/engagements/gui/form_export_dialog.py" line="48"/>
        <source>&amp;Export</source>
        <translation>导出(&amp;E)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/engagements/gui/form_export_dialog.py" line="76"/>
        <source>%n partner(s) chosen</source>
        <translation>
            <numerusform>已选 %n 个合作伙伴</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/form_export_dialog.py" line="83"/>
        <source>Folder for the request forms</source>
        <translation>申请表单所在文件夹</translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/form_export_dialog.py" line="107"/>
        <source>Exporting request forms</source>
        <translation>正在导出申请表单</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/engagements/gui/form_export_dialog.py" line="117"/>
        <source>Wrote %n form(s) to {folder} (cancelled; the rest were not exported).</source>
        <translation>
            <numerusform>已将 %n 份表单写入 {folder}（已取消；其余未导出）。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/engagements/gui/form_export_dialog.py" line="122"/>
        <source>Wrote %n form(s) to {folder}.</source>
        <translation>
            <numerusform>已将 %n 份表单写入 {folder}。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/form_export_dialog.py" line="127"/>
        <location filename="../../ui/form_export_dialog.ui" line="5"/>
        <source>Export request forms</source>
        <translation>导出申请表单</translation>
    </message>
    <message>
        <location filename="../../ui/form_export_dialog.ui" line="10"/>
        <source>&amp;Partners (one fillable form each; Ctrl or Shift to choose several)</source>
        <translation>合作伙伴（每个一份可填写表单；按住 Ctrl 或 Shift 可多选）(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../ui/form_export_dialog.ui" line="16"/>
        <source>Filter partners</source>
        <translation>筛选合作伙伴</translation>
    </message>
    <message>
        <location filename="../../ui/form_export_dialog.ui" line="17"/>
        <source>Filter by id or name</source>
        <translation>按 ID 或名称筛选</translation>
    </message>
    <message>
        <location filename="../../ui/form_export_dialog.ui" line="23"/>
        <source>Partners to export a form for</source>
        <translation>要为其导出表单的合作伙伴</translation>
    </message>
    <message>
        <location filename="../../ui/form_export_dialog.ui" line="30"/>
        <source>&amp;Folder</source>
        <translation>文件夹(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../ui/form_export_dialog.ui" line="33"/>
        <source>Folder the forms are written to</source>
        <translation>表单写入的文件夹</translation>
    </message>
    <message>
        <location filename="../../ui/form_export_dialog.ui" line="34"/>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <location filename="../../ui/form_export_dialog.ui" line="34"/>
        <source>Choose the folder</source>
        <translation>选择文件夹</translation>
    </message>
    <message>
        <location filename="../../ui/form_export_dialog.ui" line="37"/>
        <source>&amp;Valid until</source>
        <translation>有效期至(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../ui/form_export_dialog.ui" line="38"/>
        <source>Last day the forms are accepted</source>
        <translation>接受表单的最后一天</translation>
    </message>
    <message>
        <location filename="../../ui/form_export_dialog.ui" line="43"/>
        <source>How many partners are chosen</source>
        <translation>已选合作伙伴数量</translation>
    </message>
</context>
<context>
    <name>FormFields</name>
    <message>
        <location filename="../../src/engagements/gui/labels.py" line="250"/>
        <source>Form</source>
        <translation>表单</translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/labels.py" line="251"/>
        <source>Partner</source>
        <translation>合作伙伴</translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/labels.py" line="252"/>
        <source>Valid until</source>
        <translation>有效期至</translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/labels.py" line="253"/>
        <source>Request</source>
        <translation>申请</translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/labels.py" line="254"/>
        <source>Sub-client account</source>
        <translation>子客户账号</translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/labels.py" line="255"/>
        <source>Sub-client name</source>
        <translation>子客户名称</translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/labels.py" line="256"/>
        <source>Event</source>
        <translation>活动</translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/labels.py" line="257"/>
        <source>Event type</source>
        <translation>活动类型</translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/labels.py" line="258"/>
        <source>First day</source>
        <translation>首日</translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/labels.py" line="259"/>
        <source>Last day</source>
        <translation>末日</translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/labels.py" line="260"/>
        <source>Topic</source>
        <translation>主题</translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/labels.py" line="261"/>
        <source>Preferred start</source>
        <translation>期望开始时间</translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/labels.py" line="262"/>
        <source>Time zone</source>
        <translation>时区</translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/labels.py" line="263"/>
        <source>Description</source>
        <translation>描述</translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/labels.py" line="264"/>
        <source>Contact</source>
        <translation>联系人</translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/labels.py" line="265"/>
        <source>E-mail</source>
        <translation>邮箱</translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/labels.py" line="266"/>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/labels.py" line="267"/>
        <source>Signature</source>
        <translation>签名</translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/labels.py" line="268"/>
        <source>File</source>
        <translation>文件</translation>
    </message>
</context>
<context>
    <name>FormReview</name>
    <message>
        <location filename="../../src/engagements/gui/form_review_dialog.py" line="205"/>
        <source>IEM support</source>
        <translation>基础设施活动管理 (IEM) 支持</translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/form_review_dialog.py" line="206"/>
        <source>a training session</source>
        <translation>一次培训会话</translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/form_review_dialog.py" line="209"/>
        <source>something this form cannot say</source>
        <translation>本表单无法表达的内容</translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/form_review_dialog.py" line="213"/>
        <source>an unknown partner</source>
        <translation>未知合作伙伴</translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/form_review_dialog.py" line="215"/>
        <source>a form claiming to be from {partner} (not verified)</source>
        <translation>一份自称来自 {partner} 的表单（未经验证）</translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/form_review_dialog.py" line="223"/>
        <source>Ready to import.</source>
        <translation>可以导入。</translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/form_review_dialog.py" line="228"/>
        <source>Cannot be imported: 1 problem, shown next to its field.</source>
        <translation>无法导入：有 1 个问题，已在对应字段旁标出。</translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/form_review_dialog.py" line="232"/>
        <source>Cannot be imported: {count} problems, shown next to their fields.</source>
        <translation>无法导入：有 {count} 个问题，已在对应字段旁标出。</translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/form_review_dialog.py" line="240"/>
        <source>From {who}, asking for &lt;b&gt;{asked}&lt;/b&gt;.</source>
        <translation>来自 {who}，申请&lt;b&gt;{asked}&lt;/b&gt;。</translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/form_review_dialog.py" line="271"/>
        <source>&lt;p&gt;&lt;b&gt;Sessions in {start} – {end}:&lt;/b&gt; {used} of {included} used, {left} left&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;{start} – {end} 的会话：&lt;/b&gt;{included} 次中已用 {used} 次，剩余 {left} 次&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/form_review_dialog.py" line="282"/>
        <source>&lt;p&gt;&lt;b&gt;Cannot assess:&lt;/b&gt; {reason}&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;无法评估：&lt;/b&gt;{reason}&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/form_review_dialog.py" line="292"/>
        <source>&lt;i&gt;The rules are checked once the form&apos;s problems are fixed.&lt;/i&gt;</source>
        <translation>&lt;i&gt;表单问题修正后将检查规则。&lt;/i&gt;</translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/form_review_dialog.py" line="298"/>
        <source>Lead time, allowance and quota rules pass.</source>
        <translation>提前期、额度和配额规则均通过。</translation>
    </message>
</context>
<context>
    <name>FormReviewDialog</name>
    <message>
        <location filename="../../src/engagements/gui/form_review_dialog.py" line="73"/>
        <source>&amp;Confirm import</source>
        <translation>确认导入(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/form_review_dialog.py" line="91"/>
        <source>Corrected by you: </source>
        <translation>由您修正：</translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/form_review_dialog.py" line="113"/>
        <source>Discard the corrections typed into this form?</source>
        <translation>放弃在此表单中输入的修正吗？</translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/form_review_dialog.py" line="123"/>
        <source>Correct the form</source>
        <translation>修正表单</translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/form_review_dialog.py" line="132"/>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/form_review_dialog.py" line="132"/>
        <source>What the partner typed</source>
        <translation>合作伙伴填写的内容</translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/form_review_dialog.py" line="132"/>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/form_review_dialog.py" line="181"/>
        <source>Import the form</source>
        <translation>导入表单</translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/form_review_dialog.py" line="189"/>
        <source>Form {form}: recorded {kind} request {requests}. An import cannot be undone (a form is accepted once); cancel its requests instead.</source>
        <translation>表单 {form}：已记录 {kind} 申请 {requests}。导入无法撤销（每份表单只接受一次）；如需撤回，请取消其申请。</translation>
    </message>
    <message>
        <location filename="../../ui/form_review_dialog.ui" line="5"/>
        <source>Review a returned request form</source>
        <translation>审核已返回的申请表单</translation>
    </message>
    <message>
        <location filename="../../ui/form_review_dialog.ui" line="10"/>
        <source>What the partner asked for</source>
        <translation>合作伙伴申请的内容</translation>
    </message>
    <message>
        <location filename="../../ui/form_review_dialog.ui" line="17"/>
        <source>The form&apos;s fields, each with its problem</source>
        <translation>表单字段及各自的问题</translation>
    </message>
    <message>
        <location filename="../../ui/form_review_dialog.ui" line="18"/>
        <source>Double-click what the partner typed to complete or correct it (not the signed identity)</source>
        <translation>双击合作伙伴填写的内容可补全或修正（签名身份信息除外）</translation>
    </message>
    <message>
        <location filename="../../ui/form_review_dialog.ui" line="29"/>
        <source>What the ASM corrected</source>
        <translation>ASM 修正的内容</translation>
    </message>
    <message>
        <location filename="../../ui/form_review_dialog.ui" line="30"/>
        <source>You may complete or correct what the partner typed; the change is checked again and kept in the audit trail.</source>
        <translation>您可以补全或修正合作伙伴填写的内容；更改会重新检查并记入审计记录。</translation>
    </message>
    <message>
        <location filename="../../ui/form_review_dialog.ui" line="36"/>
        <source>Check the corrected form again</source>
        <translation>重新检查修正后的表单</translation>
    </message>
    <message>
        <location filename="../../ui/form_review_dialog.ui" line="37"/>
        <source>Check a&amp;gain</source>
        <translation>重新检查(&amp;G)</translation>
    </message>
    <message>
        <location filename="../../ui/form_review_dialog.ui" line="44"/>
        <source>Lead time and allowance</source>
        <translation>提前期与额度</translation>
    </message>
    <message>
        <location filename="../../ui/form_review_dialog.ui" line="51"/>
        <source>&lt;b&gt;Rule results&lt;/b&gt; (recorded with the request)</source>
        <translation>&lt;b&gt;规则检查结果&lt;/b&gt;（随申请一同记录）</translation>
    </message>
    <message>
        <location filename="../../ui/form_review_dialog.ui" line="56"/>
        <source>Rule results</source>
        <translation>规则检查结果</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <location filename="../../src/engagements/gui/history_dialog.py" line="25"/>
        <source>IEM request</source>
        <translation>IEM 申请</translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/history_dialog.py" line="26"/>
        <source>Session</source>
        <translation>会话</translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/history_dialog.py" line="77"/>
        <source>History — {what} #{id}</source>
        <translation>历史记录 — {what} #{id}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/engagements/gui/history_dialog.py" line="105"/>
        <source>%n recorded change(s), newest first. The audit trail cannot be edited.</source>
        <translation>
            <numerusform>共 %n 条变更记录，最新的在前。审计记录不可编辑。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/history_dialog.py" line="116"/>
        <source>created</source>
        <translation>已创建</translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/history_dialog.py" line="120"/>
        <source>removed</source>
        <translation>已删除</translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/history_dialog.py" line="127"/>
        <source>no visible change</source>
        <translation>无可见变更</translation>
    </message>
    <message>
        <location filename="../../ui/history_dialog.ui" line="5"/>
        <source>History</source>
        <translation>历史记录</translation>
    </message>
    <message>
        <location filename="../../ui/history_dialog.ui" line="10"/>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <location filename="../../ui/history_dialog.ui" line="16"/>
        <source>Every change to this request, newest first</source>
        <translation>此申请的所有变更，最新的在前</translation>
    </message>
</context>
<context>
    <name>Holiday</name>
    <message>
        <location filename="../../src/engagements/gui/labels.py" line="148"/>
        <source>New Year&apos;s Day</source>
        <translation>元旦</translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/labels.py" line="149"/>
        <source>Spring Festival</source>
        <translation>春节</translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/labels.py" line="150"/>
        <source>Qingming Festival</source>
        <translation>清明节</translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/labels.py" line="151"/>
        <source>Labour Day</source>
        <translation>劳动节</translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/labels.py" line="152"/>
        <source>Dragon Boat Festival</source>
        <translation>端午节</translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/labels.py" line="153"/>
        <source>Mid-Autumn Festival</source>
        <translation>中秋节</translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/labels.py" line="154"/>
        <source>National Day</source>
        <translation>国庆节</translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/labels.py" line="155"/>
        <source>official working day (weekend worked)</source>
        <translation>调休工作日（周末上班）</translation>
    </message>
</context>
<context>
    <name>HolidayImport</name>
    <message>
        <location filename="../../src/engagements/gui/holiday_import_dialog.py" line="30"/>
        <source>holiday</source>
        <translation>节假日</translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/holiday_import_dialog.py" line="31"/>
        <source>working day</source>
        <translation>工作日</translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/holiday_import_dialog.py" line="40"/>
        <source>Official holiday schedule for {code}</source>
        <translation>{code} 的官方节假日安排</translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/holiday_import_dialog.py" line="44"/>
        <source>iCalendar files (*.ics);;All files (*)</source>
        <translation>iCalendar 文件 (*.ics);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/holiday_import_dialog.py" line="52"/>
        <source>Reading the holiday schedule</source>
        <translation>正在读取节假日安排</translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/holiday_import_dialog.py" line="165"/>
        <source>still undetermined</source>
        <translation>仍待定</translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/holiday_import_dialog.py" line="168"/>
        <source>decided: met</source>
        <translation>已确定：满足</translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/holiday_import_dialog.py" line="170"/>
        <source>decided: late</source>
        <translation>已确定：逾期</translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/holiday_import_dialog.py" line="174"/>
        <source>still met</source>
        <translation>仍满足</translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/holiday_import_dialog.py" line="176"/>
        <source>still late</source>
        <translation>仍逾期</translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/holiday_import_dialog.py" line="179"/>
        <source>now met</source>
        <translation>现已满足</translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/holiday_import_dialog.py" line="181"/>
        <source>now late</source>
        <translation>现已逾期</translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/holiday_import_dialog.py" line="191"/>
        <source>&lt;p&gt;No open request&apos;s lead time would change.&lt;/p&gt;</source>
        <translation>&lt;p&gt;没有未结申请的提前期会发生变化。&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/holiday_import_dialog.py" line="195"/>
        <source>&lt;p&gt;No open request&apos;s lead time changed.&lt;/p&gt;</source>
        <translation>&lt;p&gt;没有未结申请的提前期发生变化。&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/holiday_import_dialog.py" line="205"/>
        <source>Request</source>
        <translation>申请</translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/holiday_import_dialog.py" line="206"/>
        <source>Partner</source>
        <translation>合作伙伴</translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/holiday_import_dialog.py" line="207"/>
        <source>Event</source>
        <translation>活动</translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/holiday_import_dialog.py" line="208"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/holiday_import_dialog.py" line="209"/>
        <source>Earliest start</source>
        <translation>最早开始日期</translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/holiday_import_dialog.py" line="210"/>
        <source>Notice (business days)</source>
        <translation>提前通知（工作日）</translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/holiday_import_dialog.py" line="211"/>
        <source>Lead time</source>
        <translation>提前期</translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/holiday_import_dialog.py" line="216"/>
        <source>undetermined</source>
        <translation>待定</translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/holiday_import_dialog.py" line="220"/>
        <source>{days} d)</source>
        <translation>{days} 天）</translation>
    </message>
</context>
<context>
    <name>HolidayImportDialog</name>
    <message>
        <location filename="../../src/engagements/gui/holiday_import_dialog.py" line="68"/>
        <source>Import holiday schedule — {calendar}</source>
        <translation>导入节假日安排 — {calendar}</translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/holiday_import_dialog.py" line="71"/>
        <source>&amp;Confirm import</source>
        <translation>确认导入(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/holiday_import_dialog.py" line="72"/>
        <source>Confirm the import</source>
        <translation>确认导入</translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/holiday_import_dialog.py" line="74"/>
        <source>Discard: write nothing</source>
        <translation>放弃：不写入任何内容</translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/holiday_import_dialog.py" line="82"/>
        <source>no year</source>
        <translation>无年份</translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/holiday_import_dialog.py" line="85"/>
        <source>{holidays} holiday dates and {working} working days. Importing replaces the stored adjustments of {years} and makes that year official; other years stay as they are. &lt;b&gt;{changes}&lt;/b&gt; dates change.</source>
        <translation>{holidays} 个节假日和 {working} 个工作日。导入将替换 {years} 已保存的调整，并使该年度成为官方数据；其他年份保持不变。&lt;b&gt;{changes}&lt;/b&gt; 个日期将变化。</translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/holiday_import_dialog.py" line="91"/>
        <source>{holidays} holiday dates and {working} working days. Importing replaces the stored adjustments of {years} and makes those years official; other years stay as they are. &lt;b&gt;{changes}&lt;/b&gt; dates change.</source>
        <translation>{holidays} 个节假日和 {working} 个工作日。导入将替换 {years} 已保存的调整，并使这些年度成为官方数据；其他年份保持不变。&lt;b&gt;{changes}&lt;/b&gt; 个日期将变化。</translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/holiday_import_dialog.py" line="105"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/holiday_import_dialog.py" line="105"/>
        <source>Now</source>
        <translation>当前</translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/holiday_import_dialog.py" line="105"/>
        <source>After the import</source>
        <translation>导入后</translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/holiday_import_dialog.py" line="136"/>
        <source>Imported {holidays} holidays and {working} working days into {calendar} {years}; {affected} open requests affected</source>
        <translation>已将 {holidays} 个节假日和 {working} 个工作日导入 {calendar} {years}；{affected} 个未结申请受到影响</translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/holiday_import_dialog.py" line="152"/>
        <source>Schedule not imported</source>
        <translation>日程表未导入</translation>
    </message>
    <message>
        <location filename="../../ui/holiday_import_dialog.ui" line="5"/>
        <source>Import holiday schedule</source>
        <translation>导入节假日安排</translation>
    </message>
    <message>
        <location filename="../../ui/holiday_import_dialog.ui" line="10"/>
        <source>What the schedule holds</source>
        <translation>日程表包含的内容</translation>
    </message>
    <message>
        <location filename="../../ui/holiday_import_dialog.ui" line="15"/>
        <source>&lt;b&gt;Dates that change&lt;/b&gt;</source>
        <translation>&lt;b&gt;将变化的日期&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/holiday_import_dialog.ui" line="18"/>
        <source>Dates the import changes</source>
        <translation>导入将更改的日期</translation>
    </message>
    <message>
        <location filename="../../ui/holiday_import_dialog.ui" line="23"/>
        <source>&lt;b&gt;Open requests whose lead time would change&lt;/b&gt;</source>
        <translation>&lt;b&gt;提前期将变化的未结申请&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/holiday_import_dialog.ui" line="26"/>
        <source>Open requests the import would affect</source>
        <translation>导入将影响的未结申请</translation>
    </message>
    <message>
        <location filename="../../ui/holiday_import_dialog.ui" line="32"/>
        <source>Importing the schedule</source>
        <translation>正在导入日程表</translation>
    </message>
</context>
<context>
    <name>IcsExportDialog</name>
    <message>
        <location filename="../../src/engagements/gui/ics_export_dialog.py" line="35"/>
        <location filename="../../ui/ics_export_dialog.ui" line="5"/>
        <source>Export calendar (.ics)</source>
        <translation>导出日历 (.ics)</translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/ics_export_dialog.py" line="39"/>
        <source>&amp;Export…</source>
        <translation>导出(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/ics_export_dialog.py" line="41"/>
        <source>Choose where to save the calendar file and write it</source>
        <translation>选择日历文件的保存位置并写入</translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/ics_export_dialog.py" line="52"/>
        <source>All partners</source>
        <translation>全部合作伙伴</translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/ics_export_dialog.py" line="57"/>
        <source>All experts</source>
        <translation>全部专家</translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/ics_export_dialog.py" line="59"/>
        <source>All TAMs</source>
        <translation>全部 TAM</translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/ics_export_dialog.py" line="84"/>
        <source>Export calendar</source>
        <translation>导出日历</translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/ics_export_dialog.py" line="86"/>
        <source>iCalendar files (*.ics)</source>
        <translation>iCalendar 文件 (*.ics)</translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/ics_export_dialog.py" line="102"/>
        <source>Exported {events} events ({iem} IEM, {sessions} sessions) to {path}</source>
        <translation>已将 {events} 个事件（{iem} 个 IEM、{sessions} 次会话）导出到 {path}</translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/ics_export_dialog.py" line="118"/>
        <source>Calendar not exported</source>
        <translation>日历未导出</translation>
    </message>
    <message>
        <location filename="../../ui/ics_export_dialog.ui" line="10"/>
        <source>Writes the engagements as an iCalendar file that Outlook, Google Calendar and Thunderbird import: IEM as all-day events, sessions in their own time zone.</source>
        <translation>将服务写入 Outlook、Google 日历和 Thunderbird 可导入的 iCalendar 文件：IEM 为全天事件，会话使用其自身时区。</translation>
    </message>
    <message>
        <location filename="../../ui/ics_export_dialog.ui" line="16"/>
        <source>Which engagements</source>
        <translation>哪些服务</translation>
    </message>
    <message>
        <location filename="../../ui/ics_export_dialog.ui" line="18"/>
        <source>&amp;Partner</source>
        <translation>合作伙伴(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../ui/ics_export_dialog.ui" line="19"/>
        <source>Partner to export</source>
        <translation>要导出的合作伙伴</translation>
    </message>
    <message>
        <location filename="../../ui/ics_export_dialog.ui" line="20"/>
        <source>&amp;Expert</source>
        <translation>专家(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../ui/ics_export_dialog.ui" line="21"/>
        <source>Expert to export</source>
        <translation>要导出的专家</translation>
    </message>
    <message>
        <location filename="../../ui/ics_export_dialog.ui" line="22"/>
        <source>&amp;TAM</source>
        <translation>TAM(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../ui/ics_export_dialog.ui" line="23"/>
        <source>Designated TAM to export</source>
        <translation>要导出的指定 TAM</translation>
    </message>
    <message>
        <location filename="../../ui/ics_export_dialog.ui" line="24"/>
        <source>&amp;From</source>
        <translation>从(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../ui/ics_export_dialog.ui" line="25"/>
        <source>First day to export</source>
        <translation>导出的首日</translation>
    </message>
    <message>
        <location filename="../../ui/ics_export_dialog.ui" line="26"/>
        <source>T&amp;o</source>
        <translation>至(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../ui/ics_export_dialog.ui" line="27"/>
        <source>Last day to export</source>
        <translation>导出的末日</translation>
    </message>
    <message>
        <location filename="../../ui/ics_export_dialog.ui" line="33"/>
        <source>Problem with the choice</source>
        <translation>所选内容有问题</translation>
    </message>
    <message>
        <location filename="../../ui/ics_export_dialog.ui" line="40"/>
        <source>Writing the calendar file</source>
        <translation>正在写入日历文件</translation>
    </message>
</context>
<context>
    <name>IemEditor</name>
    <message>
        <location filename="../../src/engagements/gui/iem_editor.py" line="46"/>
        <location filename="../../src/engagements/gui/iem_editor.py" line="178"/>
        <location filename="../../ui/iem_editor.ui" line="5"/>
        <source>New IEM request</source>
        <translation>新建基础设施活动管理 (IEM) 申请</translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/iem_editor.py" line="68"/>
        <source>Discard the changes to this IEM request?</source>
        <translation>放弃对此 IEM 申请的更改吗？</translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/iem_editor.py" line="86"/>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/iem_editor.py" line="118"/>
        <source>Choose a partner.</source>
        <translation>请选择合作伙伴。</translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/iem_editor.py" line="127"/>
        <source>&lt;b&gt;Cannot assess:&lt;/b&gt; {reason}</source>
        <translation>&lt;b&gt;无法评估：&lt;/b&gt;{reason}</translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/iem_editor.py" line="188"/>
        <source>new IEM request #{id} for {partner}</source>
        <translation>为 {partner} 新建 IEM 申请 #{id}</translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/iem_editor.py" line="201"/>
        <source>&lt;h3&gt;Rule check&lt;/h3&gt;&lt;p&gt;&lt;b&gt;Natural days:&lt;/b&gt; {days}&lt;/p&gt;</source>
        <translation>&lt;h3&gt;规则检查&lt;/h3&gt;&lt;p&gt;&lt;b&gt;自然日：&lt;/b&gt;{days}&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/iem_editor.py" line="207"/>
        <source>&lt;p&gt;&lt;b&gt;Earliest allowed start:&lt;/b&gt; {date}&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;最早允许开始日期：&lt;/b&gt;{date}&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/iem_editor.py" line="214"/>
        <source>meets the lead time</source>
        <translation>满足提前期</translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/iem_editor.py" line="216"/>
        <source>late</source>
        <translation>逾期</translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/iem_editor.py" line="221"/>
        <source>undetermined (a year without holiday data)</source>
        <translation>待定（所在年份无节假日数据）</translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/iem_editor.py" line="226"/>
        <source>&lt;p&gt;&lt;b&gt;Notice:&lt;/b&gt; &lt;span style=&apos;color:{colour}&apos;&gt;at least {days} business days of {needed} needed — {verdict}&lt;/span&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;提前通知：&lt;/b&gt;&lt;span style=&apos;color:{colour}&apos;&gt;至少 {days} 个工作日（需 {needed} 个）— {verdict}&lt;/span&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/iem_editor.py" line="232"/>
        <source>&lt;p&gt;&lt;b&gt;Notice:&lt;/b&gt; &lt;span style=&apos;color:{colour}&apos;&gt;{days} business days of {needed} needed — {verdict}&lt;/span&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;提前通知：&lt;/b&gt;&lt;span style=&apos;color:{colour}&apos;&gt;{days} 个工作日（需 {needed} 个）— {verdict}&lt;/span&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/iem_editor.py" line="249"/>
        <source>&lt;p&gt;&lt;b&gt;Allowance {start} – {end}:&lt;/b&gt; {used} of {available} days used; &lt;span style=&apos;color:{colour}&apos;&gt;{left} left after approval&lt;/span&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;额度 {start} – {end}：&lt;/b&gt;{available} 天中已用 {used} 天；&lt;span style=&apos;color:{colour}&apos;&gt;批准后剩余 {left} 天&lt;/span&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/iem_editor.py" line="273"/>
        <source>All rules pass.</source>
        <translation>所有规则均通过。</translation>
    </message>
    <message>
        <location filename="../../ui/iem_editor.ui" line="10"/>
        <source>&amp;Partner</source>
        <translation>合作伙伴(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../ui/iem_editor.ui" line="11"/>
        <source>Partner</source>
        <translation>合作伙伴</translation>
    </message>
    <message>
        <location filename="../../ui/iem_editor.ui" line="12"/>
        <source>&amp;Event name</source>
        <translation>活动名称(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../ui/iem_editor.ui" line="13"/>
        <source>Event name</source>
        <translation>活动名称</translation>
    </message>
    <message>
        <location filename="../../ui/iem_editor.ui" line="14"/>
        <source>Event &amp;type</source>
        <translation>活动类型(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../ui/iem_editor.ui" line="15"/>
        <source>Event type</source>
        <translation>活动类型</translation>
    </message>
    <message>
        <location filename="../../ui/iem_editor.ui" line="16"/>
        <source>&amp;Submitted</source>
        <translation>提交日期(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../ui/iem_editor.ui" line="17"/>
        <source>Submission date</source>
        <translation>提交日期</translation>
    </message>
    <message>
        <location filename="../../ui/iem_editor.ui" line="18"/>
        <source>Event &amp;start</source>
        <translation>活动开始(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../ui/iem_editor.ui" line="19"/>
        <source>First day of the event</source>
        <translation>活动首日</translation>
    </message>
    <message>
        <location filename="../../ui/iem_editor.ui" line="20"/>
        <source>Event e&amp;nd</source>
        <translation>活动结束(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../ui/iem_editor.ui" line="21"/>
        <source>Last day of the event</source>
        <translation>活动末日</translation>
    </message>
    <message>
        <location filename="../../ui/iem_editor.ui" line="22"/>
        <source>Sub-&amp;client</source>
        <translation>子客户(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../ui/iem_editor.ui" line="23"/>
        <source>Sub-client account</source>
        <translation>子客户账号</translation>
    </message>
    <message>
        <location filename="../../ui/iem_editor.ui" line="24"/>
        <source>&amp;Description</source>
        <translation>描述(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../ui/iem_editor.ui" line="25"/>
        <source>Description</source>
        <translation>描述</translation>
    </message>
    <message>
        <location filename="../../ui/iem_editor.ui" line="26"/>
        <source>&amp;Justification</source>
        <translation>理由说明(&amp;J)</translation>
    </message>
    <message>
        <location filename="../../ui/iem_editor.ui" line="27"/>
        <source>Justification for a late request</source>
        <translation>逾期申请的理由说明</translation>
    </message>
    <message>
        <location filename="../../ui/iem_editor.ui" line="27"/>
        <source>Needed to approve a late request</source>
        <translation>批准逾期申请时必填</translation>
    </message>
    <message>
        <location filename="../../ui/iem_editor.ui" line="28"/>
        <source>Approve at once</source>
        <translation>立即批准</translation>
    </message>
    <message>
        <location filename="../../ui/iem_editor.ui" line="28"/>
        <source>&amp;Approve at once</source>
        <translation>立即批准(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../ui/iem_editor.ui" line="35"/>
        <source>Rule feedback</source>
        <translation>规则反馈</translation>
    </message>
    <message>
        <location filename="../../ui/iem_editor.ui" line="45"/>
        <source>Save or cancel</source>
        <translation>保存或取消</translation>
    </message>
</context>
<context>
    <name>Kind</name>
    <message>
        <location filename="../../src/engagements/gui/labels.py" line="24"/>
        <source>IEM</source>
        <translation>IEM</translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/labels.py" line="25"/>
        <source>Session</source>
        <translation>会话</translation>
    </message>
</context>
<context>
    <name>Language</name>
    <message>
        <location filename="../../src/engagements/gui/language.py" line="29"/>
        <source>System language</source>
        <translation>系统语言</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../src/engagements/gui/main_window.py" line="118"/>
        <source>the database is open read only (--read-only)</source>
        <translation>数据库以只读方式打开（--read-only）</translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/main_window.py" line="124"/>
        <source>your role is technical account manager, who reviews and does not change</source>
        <translation>您的角色是技术客户经理，只审阅不修改</translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/main_window.py" line="138"/>
        <source>technical account manager</source>
        <translation>技术客户经理</translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/main_window.py" line="140"/>
        <source>no team role</source>
        <translation>无团队角色</translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/main_window.py" line="142"/>
        <source>{login} has {role} ({why}) on this team database: reviewing only, nothing can be changed</source>
        <translation>{login} 在此团队数据库中的角色为{role}（{why}）：仅可审阅，不能修改</translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/main_window.py" line="190"/>
        <source>Engagements</source>
        <translation>Engagements 服务管理</translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/main_window.py" line="273"/>
        <source>{action}: waiting, {why}…</source>
        <translation>{action}：等待中，{why}…</translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/main_window.py" line="315"/>
        <source>Cannot open the database</source>
        <translation>无法打开数据库</translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/main_window.py" line="345"/>
        <source>{action}: {why}</source>
        <translation>{action}：{why}</translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/main_window.py" line="347"/>
        <source>not available</source>
        <translation>不可用</translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/main_window.py" line="362"/>
        <source>Opening the database…</source>
        <translation>正在打开数据库…</translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/main_window.py" line="369"/>
        <source>{view} view</source>
        <translation>{view}视图</translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/main_window.py" line="392"/>
        <source>Main</source>
        <translation>主工具栏</translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/main_window.py" line="416"/>
        <source>Read only: {reason}. Editing is switched off; you can look, search, print and export.</source>
        <translation>只读：{reason}。编辑已关闭；您可以查看、搜索、打印和导出。</translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/main_window.py" line="438"/>
        <source>Loading {view}…</source>
        <translation>正在加载{view}…</translation>
    </message>
</context>
<context>
    <name>MainWindowBody</name>
    <message>
        <location filename="../../ui/main_window.ui" line="13"/>
        <source>Read-only notice</source>
        <translation>只读提示</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="14"/>
        <source>Read only</source>
        <translation>只读</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="24"/>
        <source>Views</source>
        <translation>视图</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="25"/>
        <source>Switch view (Ctrl+1 … Ctrl+5)</source>
        <translation>切换视图（Ctrl+1 … Ctrl+5）</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="31"/>
        <source>Current view</source>
        <translation>当前视图</translation>
    </message>
</context>
<context>
    <name>Menus</name>
    <message>
        <location filename="../../src/engagements/gui/actions.py" line="64"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/actions.py" line="68"/>
        <source>&amp;New IEM request…</source>
        <translation>新建 IEM 申请(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/actions.py" line="76"/>
        <source>&amp;Book session…</source>
        <translation>预订会话(&amp;B)…</translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/actions.py" line="85"/>
        <source>&amp;Import form…</source>
        <translation>导入表单(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/actions.py" line="92"/>
        <source>Import &amp;folder of forms…</source>
        <translation>导入表单文件夹(&amp;F)…</translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/actions.py" line="99"/>
        <source>E&amp;xport forms…</source>
        <translation>导出表单(&amp;X)…</translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/actions.py" line="105"/>
        <source>Export requests as &amp;CSV…</source>
        <translation>将申请导出为 CSV(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/actions.py" line="112"/>
        <source>Export calendar (.&amp;ics)…</source>
        <translation>导出日历(&amp;I) (.ics)…</translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/actions.py" line="119"/>
        <source>Service &amp;report…</source>
        <translation>服务报告(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/actions.py" line="127"/>
        <source>&amp;Settings…</source>
        <translation>设置(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/actions.py" line="135"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/actions.py" line="141"/>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/actions.py" line="143"/>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/actions.py" line="147"/>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/actions.py" line="156"/>
        <source>&amp;Find partner or request…</source>
        <translation>查找合作伙伴或申请(&amp;F)…</translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/actions.py" line="163"/>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/actions.py" line="177"/>
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/actions.py" line="183"/>
        <source>&amp;Requests</source>
        <translation>申请(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/actions.py" line="187"/>
        <source>&amp;Approve…</source>
        <translation>批准(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/actions.py" line="195"/>
        <source>&amp;Reject…</source>
        <translation>拒绝(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/actions.py" line="203"/>
        <source>&amp;Cancel request…</source>
        <translation>取消申请(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/actions.py" line="211"/>
        <source>&amp;History…</source>
        <translation>历史记录(&amp;H)…</translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/actions.py" line="216"/>
        <source>&amp;Tools</source>
        <translation>工具(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/actions.py" line="220"/>
        <source>Import &amp;holiday schedule…</source>
        <translation>导入节假日安排(&amp;H)…</translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/actions.py" line="227"/>
        <source>Working &amp;calendars…</source>
        <translation>工作日历(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/actions.py" line="233"/>
        <source>&amp;Downgrade check…</source>
        <translation>降级检查(&amp;D)…</translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/actions.py" line="239"/>
        <source>&amp;Print calendar…</source>
        <translation>打印日历(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/actions.py" line="246"/>
        <source>Save calendar as P&amp;DF…</source>
        <translation>将日历保存为 PDF(&amp;D)…</translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/actions.py" line="251"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/actions.py" line="255"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>键盘快捷键(&amp;K)</translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/actions.py" line="266"/>
        <source>Not available: {reason}</source>
        <translation>不可用：{reason}</translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/actions.py" line="284"/>
        <source>Keyboard shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
</context>
<context>
    <name>MonthGrid</name>
    <message>
        <location filename="../../src/engagements/gui/calendar_month.py" line="89"/>
        <source>Calendar month</source>
        <translation>日历月视图</translation>
    </message>
</context>
<context>
    <name>PartnerDialog</name>
    <message>
        <location filename="../../src/engagements/gui/partner_dialog.py" line="52"/>
        <source>Account id</source>
        <translation>账号 ID</translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/partner_dialog.py" line="52"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/partner_dialog.py" line="62"/>
        <source>Discard the changes to this partner?</source>
        <translation>放弃对此合作伙伴的更改吗？</translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/partner_dialog.py" line="65"/>
        <source>New partner</source>
        <translation>新建合作伙伴</translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/partner_dialog.py" line="66"/>
        <source>&lt;h3&gt;New partner&lt;/h3&gt;With its first subscription.</source>
        <translation>&lt;h3&gt;新建合作伙伴&lt;/h3&gt;同时创建其首个订阅。</translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/partner_dialog.py" line="75"/>
        <source>Partner {id}</source>
        <translation>合作伙伴 {id}</translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/partner_dialog.py" line="78"/>
        <source>The calendar applies to the subscription in force and any later one.</source>
        <translation>该日历适用于当前有效的订阅及之后的订阅。</translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/partner_dialog.py" line="137"/>
        <source>Add partner</source>
        <translation>添加合作伙伴</translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/partner_dialog.py" line="143"/>
        <source>Save partner</source>
        <translation>保存合作伙伴</translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/partner_dialog.py" line="146"/>
        <source>Saved partner {id}</source>
        <translation>已保存合作伙伴 {id}</translation>
    </message>
    <message>
        <location filename="../../ui/partner_dialog.ui" line="5"/>
        <source>Partner</source>
        <translation>合作伙伴</translation>
    </message>
    <message>
        <location filename="../../ui/partner_dialog.ui" line="13"/>
        <source>Partner &amp;id</source>
        <translation>合作伙伴 ID(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../ui/partner_dialog.ui" line="14"/>
        <source>Partner id</source>
        <translation>合作伙伴 ID</translation>
    </message>
    <message>
        <location filename="../../ui/partner_dialog.ui" line="14"/>
        <source>letters, digits, . _ -</source>
        <translation>字母、数字、. _ -</translation>
    </message>
    <message>
        <location filename="../../ui/partner_dialog.ui" line="15"/>
        <source>&amp;Name</source>
        <translation>名称(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../ui/partner_dialog.ui" line="16"/>
        <source>Partner name</source>
        <translation>合作伙伴名称</translation>
    </message>
    <message>
        <location filename="../../ui/partner_dialog.ui" line="17"/>
        <source>Working &amp;calendar</source>
        <translation>工作日历(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../ui/partner_dialog.ui" line="18"/>
        <source>Working calendar for business days</source>
        <translation>用于计算工作日的工作日历</translation>
    </message>
    <message>
        <location filename="../../ui/partner_dialog.ui" line="19"/>
        <source>Designated &amp;TAM</source>
        <translation>指定 TAM(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../ui/partner_dialog.ui" line="20"/>
        <source>Designated technical account manager</source>
        <translation>指定技术客户经理</translation>
    </message>
    <message>
        <location filename="../../ui/partner_dialog.ui" line="21"/>
        <source>Designated &amp;ASM</source>
        <translation>指定 ASM(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../ui/partner_dialog.ui" line="22"/>
        <source>Designated account support manager</source>
        <translation>指定客户支持经理</translation>
    </message>
    <message>
        <location filename="../../ui/partner_dialog.ui" line="27"/>
        <source>First subscription</source>
        <translation>首个订阅</translation>
    </message>
    <message>
        <location filename="../../ui/partner_dialog.ui" line="29"/>
        <source>&amp;Edition</source>
        <translation>版本(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../ui/partner_dialog.ui" line="30"/>
        <source>Edition</source>
        <translation>版本</translation>
    </message>
    <message>
        <location filename="../../ui/partner_dialog.ui" line="31"/>
        <source>&amp;Start</source>
        <translation>开始(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../ui/partner_dialog.ui" line="32"/>
        <source>Start of the committed term</source>
        <translation>承诺期限开始日期</translation>
    </message>
    <message>
        <location filename="../../ui/partner_dialog.ui" line="33"/>
        <source>&amp;Months</source>
        <translation>月数(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../ui/partner_dialog.ui" line="34"/>
        <source>Committed term in months</source>
        <translation>承诺期限（月）</translation>
    </message>
    <message>
        <location filename="../../ui/partner_dialog.ui" line="35"/>
        <source>Se&amp;ssions a year</source>
        <translation>每年会话数(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../ui/partner_dialog.ui" line="36"/>
        <source>Session quota written in the contract</source>
        <translation>合同约定的会话配额</translation>
    </message>
    <message>
        <location filename="../../ui/partner_dialog.ui" line="36"/>
        <source>plan default</source>
        <translation>套餐默认</translation>
    </message>
    <message>
        <location filename="../../ui/partner_dialog.ui" line="41"/>
        <source>&lt;b&gt;Sub-client accounts&lt;/b&gt; (requests are raised on their behalf)</source>
        <translation>&lt;b&gt;子客户账号&lt;/b&gt;（代其提交申请）</translation>
    </message>
    <message>
        <location filename="../../ui/partner_dialog.ui" line="44"/>
        <source>Sub-client accounts</source>
        <translation>子客户账号</translation>
    </message>
    <message>
        <location filename="../../ui/partner_dialog.ui" line="47"/>
        <source>Add a sub-client account</source>
        <translation>添加子客户账号</translation>
    </message>
    <message>
        <location filename="../../ui/partner_dialog.ui" line="47"/>
        <source>Add s&amp;ub-client</source>
        <translation>添加子客户(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../ui/partner_dialog.ui" line="50"/>
        <source>Rule feedback</source>
        <translation>规则反馈</translation>
    </message>
</context>
<context>
    <name>PartnersView</name>
    <message>
        <location filename="../../src/engagements/gui/partners_view.py" line="81"/>
        <source>Expert service used: no downgrade or exit before {date} (the first day after the committed term) without a recorded early-exit approval</source>
        <translation>已使用专家服务：在 {date}（承诺期限结束后的第一天）之前，如无已记录的提前退出批准，不得降级或退出</translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/partners_view.py" line="193"/>
        <source>calendar {code}</source>
        <translation>日历 {code}</translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/partners_view.py" line="199"/>
        <source>Edition</source>
        <translation>版本</translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/partners_view.py" line="200"/>
        <source>Start</source>
        <translation>开始</translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/partners_view.py" line="201"/>
        <source>Months</source>
        <translation>月数</translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/partners_view.py" line="202"/>
        <source>Term ends</source>
        <translation>期限截至</translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/partners_view.py" line="203"/>
        <source>Calendar</source>
        <translation>日历</translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/partners_view.py" line="204"/>
        <source>Session quota</source>
        <translation>会话配额</translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/partners_view.py" line="205"/>
        <source>Ended</source>
        <translation>已终止</translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/partners_view.py" line="214"/>
        <source>plan default</source>
        <translation>套餐默认</translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/partners_view.py" line="222"/>
        <source>Account id</source>
        <translation>账号 ID</translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/partners_view.py" line="222"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/partners_view.py" line="228"/>
        <source>Year</source>
        <translation>年度</translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/partners_view.py" line="229"/>
        <source>IEM included</source>
        <translation>套餐内 IEM</translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/partners_view.py" line="230"/>
        <source>Bought</source>
        <translation>已购买</translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/partners_view.py" line="231"/>
        <source>Used</source>
        <translation>已用</translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/partners_view.py" line="232"/>
        <source>Pending</source>
        <translation>待批</translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/partners_view.py" line="233"/>
        <source>Left</source>
        <translation>剩余</translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/partners_view.py" line="234"/>
        <source>Sessions</source>
        <translation>会话</translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/partners_view.py" line="235"/>
        <source>Sessions used</source>
        <translation>已用会话</translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/partners_view.py" line="236"/>
        <source>Sessions left</source>
        <translation>剩余会话</translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/partners_view.py" line="255"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/partners_view.py" line="255"/>
        <source>What was done</source>
        <translation>完成的工作</translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/partners_view.py" line="255"/>
        <source>By</source>
        <translation>执行人</translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/partners_view.py" line="262"/>
        <source>When (local time)</source>
        <translation>时间（本地时间）</translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/partners_view.py" line="263"/>
        <source>Who</source>
        <translation>操作人</translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/partners_view.py" line="264"/>
        <source>What</source>
        <translation>操作</translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/partners_view.py" line="265"/>
        <source>On</source>
        <translation>对象</translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/partners_view.py" line="266"/>
        <source>Changed</source>
        <translation>变更内容</translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/partners_view.py" line="267"/>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/partners_view.py" line="296"/>
        <source>Not available: {reason}</source>
        <translation>不可用：{reason}</translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/partners_view.py" line="298"/>
        <source>Write this partner&apos;s service report (PDF, CSV, XLSX)</source>
        <translation>生成此合作伙伴的服务报告（PDF、CSV、XLSX）</translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/partners_view.py" line="348"/>
        <source>Loading the partner for its service report…</source>
        <translation>正在加载合作伙伴以生成服务报告…</translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/partners_view.py" line="351"/>
        <source>Service report</source>
        <translation>服务报告</translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/partners_view.py" line="380"/>
        <source>#{id}: {here} used here, {used} in all, {left} left of {days}</source>
        <translation>#{id}：本年度使用 {here}，共使用 {used}，{days} 天中剩余 {left}</translation>
    </message>
    <message>
        <location filename="../../ui/partners_view.ui" line="15"/>
        <source>&lt;h2&gt;Partners&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;合作伙伴&lt;/h2&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/partners_view.ui" line="20"/>
        <source>Add a partner with its subscription</source>
        <translation>添加合作伙伴及其订阅</translation>
    </message>
    <message>
        <location filename="../../ui/partners_view.ui" line="21"/>
        <source>New partner…</source>
        <translation>新建合作伙伴…</translation>
    </message>
    <message>
        <location filename="../../ui/partners_view.ui" line="28"/>
        <source>Filter partners</source>
        <translation>筛选合作伙伴</translation>
    </message>
    <message>
        <location filename="../../ui/partners_view.ui" line="29"/>
        <source>Filter by id or name…</source>
        <translation>按 ID 或名称筛选…</translation>
    </message>
    <message>
        <location filename="../../ui/partners_view.ui" line="35"/>
        <source>Partners</source>
        <translation>合作伙伴</translation>
    </message>
    <message>
        <location filename="../../ui/partners_view.ui" line="50"/>
        <source>Partner</source>
        <translation>合作伙伴</translation>
    </message>
    <message>
        <location filename="../../ui/partners_view.ui" line="58"/>
        <source>New IEM request for this partner</source>
        <translation>为此合作伙伴新建 IEM 申请</translation>
    </message>
    <message>
        <location filename="../../ui/partners_view.ui" line="59"/>
        <source>New IEM request…</source>
        <translation>新建 IEM 申请…</translation>
    </message>
    <message>
        <location filename="../../ui/partners_view.ui" line="64"/>
        <source>Record an expert-service use</source>
        <translation>记录专家服务使用</translation>
    </message>
    <message>
        <location filename="../../ui/partners_view.ui" line="65"/>
        <source>Record expert service…</source>
        <translation>记录专家服务…</translation>
    </message>
    <message>
        <location filename="../../ui/partners_view.ui" line="70"/>
        <source>Write a service report for this partner</source>
        <translation>为此合作伙伴生成服务报告</translation>
    </message>
    <message>
        <location filename="../../ui/partners_view.ui" line="71"/>
        <source>Service report…</source>
        <translation>服务报告…</translation>
    </message>
    <message>
        <location filename="../../ui/partners_view.ui" line="76"/>
        <source>Check a downgrade or exit</source>
        <translation>检查降级或退出</translation>
    </message>
    <message>
        <location filename="../../ui/partners_view.ui" line="77"/>
        <source>Downgrade check…</source>
        <translation>降级检查…</translation>
    </message>
    <message>
        <location filename="../../ui/partners_view.ui" line="86"/>
        <source>Downgrade and exit lock</source>
        <translation>降级与退出锁定</translation>
    </message>
    <message>
        <location filename="../../ui/partners_view.ui" line="94"/>
        <source>Change the partner&apos;s name, calendar, TAM, ASM and sub-clients</source>
        <translation>修改合作伙伴的名称、日历、TAM、ASM 和子客户</translation>
    </message>
    <message>
        <location filename="../../ui/partners_view.ui" line="95"/>
        <source>Edit partner…</source>
        <translation>编辑合作伙伴…</translation>
    </message>
    <message>
        <location filename="../../ui/partners_view.ui" line="100"/>
        <source>Renew or change the subscription</source>
        <translation>续订或变更订阅</translation>
    </message>
    <message>
        <location filename="../../ui/partners_view.ui" line="101"/>
        <source>Renew or change subscription…</source>
        <translation>续订或变更订阅…</translation>
    </message>
    <message>
        <location filename="../../ui/partners_view.ui" line="106"/>
        <source>Record bought IEM days</source>
        <translation>记录已购买的 IEM 天数</translation>
    </message>
    <message>
        <location filename="../../ui/partners_view.ui" line="107"/>
        <source>Buy IEM days…</source>
        <translation>购买 IEM 天数…</translation>
    </message>
    <message>
        <location filename="../../ui/partners_view.ui" line="114"/>
        <source>Partner details</source>
        <translation>合作伙伴详情</translation>
    </message>
    <message>
        <location filename="../../ui/partners_view.ui" line="116"/>
        <source>Subscription</source>
        <translation>订阅</translation>
    </message>
    <message>
        <location filename="../../ui/partners_view.ui" line="120"/>
        <source>Subscription history</source>
        <translation>订阅历史</translation>
    </message>
    <message>
        <location filename="../../ui/partners_view.ui" line="125"/>
        <source>&lt;b&gt;Sub-client accounts&lt;/b&gt;</source>
        <translation>&lt;b&gt;子客户账号&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/partners_view.ui" line="129"/>
        <source>Sub-client accounts</source>
        <translation>子客户账号</translation>
    </message>
    <message>
        <location filename="../../ui/partners_view.ui" line="136"/>
        <location filename="../../ui/partners_view.ui" line="140"/>
        <source>Allowance per year</source>
        <translation>各年度额度</translation>
    </message>
    <message>
        <location filename="../../ui/partners_view.ui" line="147"/>
        <source>Expert service</source>
        <translation>专家服务</translation>
    </message>
    <message>
        <location filename="../../ui/partners_view.ui" line="151"/>
        <source>Expert-service uses</source>
        <translation>专家服务使用记录</translation>
    </message>
    <message>
        <location filename="../../ui/partners_view.ui" line="158"/>
        <source>History</source>
        <translation>历史记录</translation>
    </message>
    <message>
        <location filename="../../ui/partners_view.ui" line="162"/>
        <source>Audit history</source>
        <translation>审计历史</translation>
    </message>
</context>
<context>
    <name>Preferences</name>
    <message>
        <location filename="../../src/engagements/gui/preferences.py" line="21"/>
        <source>Account support manager</source>
        <translation>客户支持经理</translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/preferences.py" line="22"/>
        <source>Technical account manager (reads)</source>
        <translation>技术客户经理（只读）</translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/preferences.py" line="23"/>
        <source>Administrator</source>
        <translation>管理员</translation>
    </message>
</context>
<context>
    <name>Problems</name>
    <message>
        <location filename="../../src/engagements/gui/problems.py" line="86"/>
        <source>{field}: {problem}</source>
        <translation>{field}：{problem}</translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/problems.py" line="91"/>
        <source>{first} (and %n more problem(s))</source>
        <translation>{first}（另有 %n 个问题）</translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/problems.py" line="101"/>
        <source>changed by someone else at the same time; try again</source>
        <translation>他人同时修改了同一内容；请重试</translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/problems.py" line="119"/>
        <source>{kind}: {text}

This is a fault in Engagements, not in what you did; the details are in {log}</source>
        <translation>{kind}：{text}

这是 Engagements 的程序故障，并非您的操作有误；详细信息见 {log}</translation>
    </message>
</context>
<context>
    <name>Prompts</name>
    <message>
        <location filename="../../src/engagements/gui/prompts.py" line="41"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/prompts.py" line="62"/>
        <source>{title}: cancelled</source>
        <translation>{title}：已取消</translation>
    </message>
</context>
<context>
    <name>PurchaseDialog</name>
    <message>
        <location filename="../../src/engagements/gui/purchase_dialog.py" line="44"/>
        <source>IEM days for {partner}</source>
        <translation>{partner} 的 IEM 天数</translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/purchase_dialog.py" line="48"/>
        <source>&lt;b&gt;{partner}&lt;/b&gt;: extra natural days of IEM, usable for event dates inside the validity.</source>
        <translation>&lt;b&gt;{partner}&lt;/b&gt;：额外购买的 IEM 自然日，可用于有效期内的活动日期。</translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/purchase_dialog.py" line="66"/>
        <source>Discard this purchase of IEM days?</source>
        <translation>放弃此次 IEM 天数购买吗？</translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/purchase_dialog.py" line="71"/>
        <source>The validity ends before it starts.</source>
        <translation>有效期的结束早于开始。</translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/purchase_dialog.py" line="75"/>
        <source>{days} days in total, for IEM event dates from {first} to {last} ({span} days).</source>
        <translation>共 {days} 天，用于 {first} 至 {last}（{span} 天）之间的 IEM 活动日期。</translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/purchase_dialog.py" line="89"/>
        <source>Record IEM purchase</source>
        <translation>记录 IEM 购买</translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/purchase_dialog.py" line="94"/>
        <source>Recorded {days} IEM days for {partner} ({first} to {last})</source>
        <translation>已为 {partner} 记录 {days} 个 IEM 天（{first} 至 {last}）</translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/purchase_dialog.py" line="120"/>
        <location filename="../../src/engagements/gui/purchase_dialog.py" line="132"/>
        <location filename="../../src/engagements/gui/purchase_dialog.py" line="137"/>
        <source>Approve IEM request</source>
        <translation>批准 IEM 申请</translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/purchase_dialog.py" line="143"/>
        <source>approval of IEM-{id}</source>
        <translation>批准 IEM-{id}</translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/purchase_dialog.py" line="182"/>
        <source>1 day short — record a purchase…</source>
        <translation>缺少 1 天 — 记录一次购买…</translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/purchase_dialog.py" line="184"/>
        <source>{days} days short — record a purchase…</source>
        <translation>缺少 {days} 天 — 记录一次购买…</translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/purchase_dialog.py" line="190"/>
        <source>Not enough IEM days</source>
        <translation>IEM 天数不足</translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/purchase_dialog.py" line="191"/>
        <source>IEM-{id} cannot be approved: {reason}.</source>
        <translation>IEM-{id} 无法批准：{reason}。</translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/purchase_dialog.py" line="199"/>
        <source>Record a purchase of 1 day…</source>
        <translation>记录购买 1 天…</translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/purchase_dialog.py" line="201"/>
        <source>Record a purchase of {days} days…</source>
        <translation>记录购买 {days} 天…</translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/purchase_dialog.py" line="220"/>
        <source>Asked for by IEM-{id}, {days} days short.</source>
        <translation>由 IEM-{id} 发起，缺少 {days} 天。</translation>
    </message>
    <message>
        <location filename="../../ui/purchase_dialog.ui" line="5"/>
        <source>Record an IEM day purchase</source>
        <translation>记录 IEM 天数购买</translation>
    </message>
    <message>
        <location filename="../../ui/purchase_dialog.ui" line="17"/>
        <source>&amp;Days bought</source>
        <translation>购买天数(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../ui/purchase_dialog.ui" line="18"/>
        <source>Natural days bought</source>
        <translation>购买的自然日</translation>
    </message>
    <message>
        <location filename="../../ui/purchase_dialog.ui" line="19"/>
        <source>Valid &amp;from</source>
        <translation>有效期自(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../ui/purchase_dialog.ui" line="20"/>
        <source>First day the days may be used</source>
        <translation>天数可使用的首日</translation>
    </message>
    <message>
        <location filename="../../ui/purchase_dialog.ui" line="21"/>
        <source>Valid &amp;to</source>
        <translation>有效期至(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../ui/purchase_dialog.ui" line="22"/>
        <source>Last day the days may be used</source>
        <translation>天数可使用的末日</translation>
    </message>
    <message>
        <location filename="../../ui/purchase_dialog.ui" line="27"/>
        <source>What the purchase covers</source>
        <translation>购买涵盖的范围</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <location filename="../../src/engagements/gui/report_dialog.py" line="29"/>
        <source>PDF document, with the allowance chart</source>
        <translation>PDF 文档（含额度图表）</translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/report_dialog.py" line="30"/>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF 文档 (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/report_dialog.py" line="34"/>
        <source>CSV, for spreadsheets</source>
        <translation>CSV（用于电子表格）</translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/report_dialog.py" line="35"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/report_dialog.py" line="39"/>
        <source>Excel workbook</source>
        <translation>Excel 工作簿</translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/report_dialog.py" line="40"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/report_dialog.py" line="54"/>
        <source>Service report — {partner}</source>
        <translation>服务报告 — {partner}</translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/report_dialog.py" line="66"/>
        <source>&lt;h3&gt;Service report for {partner}&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;{partner} 的服务报告&lt;/h3&gt;</translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/report_dialog.py" line="79"/>
        <source>&amp;Save report…</source>
        <translation>保存报告(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/report_dialog.py" line="80"/>
        <source>Choose where to save the report and write it</source>
        <translation>选择报告的保存位置并写入</translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/report_dialog.py" line="115"/>
        <source>Save service report</source>
        <translation>保存服务报告</translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/report_dialog.py" line="136"/>
        <source>{format} report for {start} to {end} written to&lt;br&gt;&lt;b&gt;{path}&lt;/b&gt;</source>
        <translation>{start} 至 {end} 的 {format} 报告已写入&lt;br&gt;&lt;b&gt;{path}&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/report_dialog.py" line="145"/>
        <source>Service report written to {path}</source>
        <translation>服务报告已写入 {path}</translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/report_dialog.py" line="151"/>
        <source>Service report not written</source>
        <translation>服务报告未写入</translation>
    </message>
    <message>
        <location filename="../../ui/report_dialog.ui" line="5"/>
        <source>Service report</source>
        <translation>服务报告</translation>
    </message>
    <message>
        <location filename="../../ui/report_dialog.ui" line="10"/>
        <source>Partner of the report</source>
        <translation>报告所属合作伙伴</translation>
    </message>
    <message>
        <location filename="../../ui/report_dialog.ui" line="17"/>
        <source>Period</source>
        <translation>时段</translation>
    </message>
    <message>
        <location filename="../../ui/report_dialog.ui" line="19"/>
        <source>Report on an allowance year</source>
        <translation>按额度年度出报告</translation>
    </message>
    <message>
        <location filename="../../ui/report_dialog.ui" line="19"/>
        <source>Allowance &amp;year</source>
        <translation>额度年度(&amp;Y)</translation>
    </message>
    <message>
        <location filename="../../ui/report_dialog.ui" line="20"/>
        <source>Allowance year</source>
        <translation>额度年度</translation>
    </message>
    <message>
        <location filename="../../ui/report_dialog.ui" line="21"/>
        <source>Report on one month</source>
        <translation>按单月出报告</translation>
    </message>
    <message>
        <location filename="../../ui/report_dialog.ui" line="21"/>
        <source>One &amp;month</source>
        <translation>单月(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../ui/report_dialog.ui" line="22"/>
        <source>Month of the report</source>
        <translation>报告月份</translation>
    </message>
    <message>
        <location filename="../../ui/report_dialog.ui" line="28"/>
        <source>&amp;Format</source>
        <translation>格式(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../ui/report_dialog.ui" line="29"/>
        <source>Report format</source>
        <translation>报告格式</translation>
    </message>
    <message>
        <location filename="../../ui/report_dialog.ui" line="34"/>
        <source>What the report holds</source>
        <translation>报告包含的内容</translation>
    </message>
    <message>
        <location filename="../../ui/report_dialog.ui" line="35"/>
        <source>IEM days used and left, events supported, sessions held and planned, expert-service uses, late requests with their justifications, and the downgrade position.</source>
        <translation>已用和剩余的 IEM 天数、已支持的活动、已举行和计划中的会话、专家服务使用记录、逾期申请及其理由，以及降级状况。</translation>
    </message>
    <message>
        <location filename="../../ui/report_dialog.ui" line="42"/>
        <source>Writing the report</source>
        <translation>正在写入报告</translation>
    </message>
    <message>
        <location filename="../../ui/report_dialog.ui" line="57"/>
        <source>Where the report was written</source>
        <translation>报告的写入位置</translation>
    </message>
    <message>
        <location filename="../../ui/report_dialog.ui" line="64"/>
        <source>Open the report</source>
        <translation>打开报告</translation>
    </message>
    <message>
        <location filename="../../ui/report_dialog.ui" line="64"/>
        <source>&amp;Open report</source>
        <translation>打开报告(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../ui/report_dialog.ui" line="65"/>
        <source>Open the folder holding the report</source>
        <translation>打开报告所在文件夹</translation>
    </message>
    <message>
        <location filename="../../ui/report_dialog.ui" line="65"/>
        <source>Show in &amp;folder</source>
        <translation>在文件夹中显示(&amp;F)</translation>
    </message>
</context>
<context>
    <name>RequestBookingDialog</name>
    <message>
        <location filename="../../src/engagements/gui/form_session_requests.py" line="123"/>
        <source>Book session request #{id} from {partner}</source>
        <translation>预订来自 {partner} 的会话申请 #{id}</translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/form_session_requests.py" line="147"/>
        <source>Book session request</source>
        <translation>预订会话申请</translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/form_session_requests.py" line="161"/>
        <source>Booked session #{session} for request #{id}</source>
        <translation>已为申请 #{id} 预订会话 #{session}</translation>
    </message>
</context>
<context>
    <name>RequestDialog</name>
    <message>
        <location filename="../../src/engagements/gui/request_dialog.py" line="43"/>
        <source>A&amp;pprove…</source>
        <translation>批准(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/request_dialog.py" line="44"/>
        <source>&amp;Reject…</source>
        <translation>拒绝(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/request_dialog.py" line="45"/>
        <source>&amp;Schedule</source>
        <translation>排期(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/request_dialog.py" line="46"/>
        <source>S&amp;tart</source>
        <translation>开始(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/request_dialog.py" line="47"/>
        <source>&amp;Complete</source>
        <translation>完成(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/request_dialog.py" line="48"/>
        <source>Cance&amp;l request…</source>
        <translation>取消申请(&amp;L)…</translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/request_dialog.py" line="147"/>
        <source>Discard the changes to this IEM request?</source>
        <translation>放弃对此 IEM 申请的更改吗？</translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/request_dialog.py" line="152"/>
        <source>Justification: {text}</source>
        <translation>理由说明：{text}</translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/request_dialog.py" line="157"/>
        <source>Rejected: {text}</source>
        <translation>拒绝原因：{text}</translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/request_dialog.py" line="164"/>
        <source>submitted {date}</source>
        <translation>提交于 {date}</translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/request_dialog.py" line="181"/>
        <source>Needed to approve a late request, or to move an approved one to late dates</source>
        <translation>批准逾期申请，或将已批准的申请移至逾期日期时必填</translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/request_dialog.py" line="184"/>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/request_dialog.py" line="205"/>
        <location filename="../../src/engagements/gui/request_dialog.py" line="343"/>
        <source>Make the request {status}</source>
        <translation>将申请设为{status}</translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/request_dialog.py" line="212"/>
        <location filename="../../ui/request_dialog.ui" line="18"/>
        <source>Move it on:</source>
        <translation>推进到：</translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/request_dialog.py" line="212"/>
        <source>Its life cycle is over.</source>
        <translation>其生命周期已结束。</translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/request_dialog.py" line="217"/>
        <source>On this event: &lt;b&gt;{expert}&lt;/b&gt;</source>
        <translation>本活动专家：&lt;b&gt;{expert}&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/request_dialog.py" line="219"/>
        <source>&lt;b&gt;No expert assigned&lt;/b&gt;</source>
        <translation>&lt;b&gt;尚未指派专家&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/request_dialog.py" line="227"/>
        <source>{days} IEM days ahead</source>
        <translation>待进行 {days} 个 IEM 日</translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/request_dialog.py" line="236"/>
        <source>Experts are assigned once the request is approved</source>
        <translation>申请批准后才能指派专家</translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/request_dialog.py" line="246"/>
        <source>&lt;b&gt;Cannot assess:&lt;/b&gt; {reason}</source>
        <translation>&lt;b&gt;无法评估：&lt;/b&gt;{reason}</translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/request_dialog.py" line="287"/>
        <source>edit {request}</source>
        <translation>编辑 {request}</translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/request_dialog.py" line="292"/>
        <source>Saved {request}; Ctrl+Z undoes the edit</source>
        <translation>已保存 {request}；按 Ctrl+Z 可撤销此编辑</translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/request_dialog.py" line="323"/>
        <source>Reject request</source>
        <translation>拒绝申请</translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/request_dialog.py" line="324"/>
        <source>Why is {request} rejected?</source>
        <translation>为什么拒绝 {request}？</translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/request_dialog.py" line="330"/>
        <source>Reject IEM request</source>
        <translation>拒绝 IEM 申请</translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/request_dialog.py" line="335"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/request_dialog.py" line="336"/>
        <source>Cancel {request} for {partner}? This cannot be undone.</source>
        <translation>确定取消 {partner} 的 {request} 吗？此操作无法撤销。</translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/request_dialog.py" line="340"/>
        <source>Cancel IEM request</source>
        <translation>取消 IEM 申请</translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/request_dialog.py" line="353"/>
        <source>Justify a late request</source>
        <translation>说明逾期申请的理由</translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/request_dialog.py" line="355"/>
        <source>{request} gives less notice than the lead time.
Why approve it anyway?</source>
        <translation>{request} 的提前通知少于规定提前期。
为什么仍要批准？</translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/request_dialog.py" line="375"/>
        <source>assign {expert} to {request}</source>
        <translation>将 {expert} 指派到 {request}</translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/request_dialog.py" line="385"/>
        <source>unassign the expert of {request}</source>
        <translation>取消 {request} 的专家指派</translation>
    </message>
    <message>
        <location filename="../../ui/request_dialog.ui" line="5"/>
        <source>IEM request</source>
        <translation>IEM 申请</translation>
    </message>
    <message>
        <location filename="../../ui/request_dialog.ui" line="10"/>
        <source>The request</source>
        <translation>申请内容</translation>
    </message>
    <message>
        <location filename="../../ui/request_dialog.ui" line="20"/>
        <source>Every change to this request</source>
        <translation>此申请的所有变更</translation>
    </message>
    <message>
        <location filename="../../ui/request_dialog.ui" line="20"/>
        <source>&amp;History…</source>
        <translation>历史记录(&amp;H)…</translation>
    </message>
    <message>
        <location filename="../../ui/request_dialog.ui" line="25"/>
        <source>Expert team</source>
        <translation>专家团队</translation>
    </message>
    <message>
        <location filename="../../ui/request_dialog.ui" line="27"/>
        <source>Who is on this event</source>
        <translation>本活动的人员</translation>
    </message>
    <message>
        <location filename="../../ui/request_dialog.ui" line="28"/>
        <source>Expert to assign</source>
        <translation>要指派的专家</translation>
    </message>
    <message>
        <location filename="../../ui/request_dialog.ui" line="29"/>
        <source>Assign the chosen expert</source>
        <translation>指派所选专家</translation>
    </message>
    <message>
        <location filename="../../ui/request_dialog.ui" line="29"/>
        <source>&amp;Assign</source>
        <translation>指派(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../ui/request_dialog.ui" line="30"/>
        <source>Take the expert off this event</source>
        <translation>将专家从此活动中移除</translation>
    </message>
    <message>
        <location filename="../../ui/request_dialog.ui" line="30"/>
        <source>&amp;Unassign</source>
        <translation>取消指派(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../ui/request_dialog.ui" line="38"/>
        <source>&amp;Event name</source>
        <translation>活动名称(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../ui/request_dialog.ui" line="39"/>
        <source>Event name</source>
        <translation>活动名称</translation>
    </message>
    <message>
        <location filename="../../ui/request_dialog.ui" line="40"/>
        <source>Event &amp;type</source>
        <translation>活动类型(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../ui/request_dialog.ui" line="41"/>
        <source>Event type</source>
        <translation>活动类型</translation>
    </message>
    <message>
        <location filename="../../ui/request_dialog.ui" line="42"/>
        <source>Event &amp;start</source>
        <translation>活动开始(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../ui/request_dialog.ui" line="43"/>
        <source>First day of the event</source>
        <translation>活动首日</translation>
    </message>
    <message>
        <location filename="../../ui/request_dialog.ui" line="44"/>
        <source>Event e&amp;nd</source>
        <translation>活动结束(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../ui/request_dialog.ui" line="45"/>
        <source>Last day of the event</source>
        <translation>活动末日</translation>
    </message>
    <message>
        <location filename="../../ui/request_dialog.ui" line="46"/>
        <source>Sub-&amp;client</source>
        <translation>子客户(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../ui/request_dialog.ui" line="47"/>
        <source>Sub-client account</source>
        <translation>子客户账号</translation>
    </message>
    <message>
        <location filename="../../ui/request_dialog.ui" line="48"/>
        <source>&amp;Description</source>
        <translation>描述(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../ui/request_dialog.ui" line="49"/>
        <source>Description</source>
        <translation>描述</translation>
    </message>
    <message>
        <location filename="../../ui/request_dialog.ui" line="50"/>
        <source>C&amp;ontact</source>
        <translation>联系人(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../ui/request_dialog.ui" line="51"/>
        <source>Contact name</source>
        <translation>联系人姓名</translation>
    </message>
    <message>
        <location filename="../../ui/request_dialog.ui" line="52"/>
        <source>E-&amp;mail</source>
        <translation>邮箱(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../ui/request_dialog.ui" line="53"/>
        <source>Contact e-mail</source>
        <translation>联系人邮箱</translation>
    </message>
    <message>
        <location filename="../../ui/request_dialog.ui" line="54"/>
        <source>P&amp;hone</source>
        <translation>电话(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../ui/request_dialog.ui" line="55"/>
        <source>Contact phone</source>
        <translation>联系人电话</translation>
    </message>
    <message>
        <location filename="../../ui/request_dialog.ui" line="56"/>
        <source>&amp;Justification</source>
        <translation>理由说明(&amp;J)</translation>
    </message>
    <message>
        <location filename="../../ui/request_dialog.ui" line="57"/>
        <source>Justification for a late request</source>
        <translation>逾期申请的理由说明</translation>
    </message>
    <message>
        <location filename="../../ui/request_dialog.ui" line="62"/>
        <source>Rule feedback</source>
        <translation>规则反馈</translation>
    </message>
    <message>
        <location filename="../../ui/request_dialog.ui" line="74"/>
        <source>Save the changes or close</source>
        <translation>保存更改或关闭</translation>
    </message>
</context>
<context>
    <name>RequestMenu</name>
    <message>
        <location filename="../../src/engagements/gui/request_menu.py" line="19"/>
        <source>Open / assign expert…</source>
        <translation>打开 / 指派专家…</translation>
    </message>
</context>
<context>
    <name>RequestsModel</name>
    <message>
        <location filename="../../src/engagements/gui/requests_model.py" line="188"/>
        <source>Undetermined: the earliest start needs a year without official holiday data. Import the schedule (Tools &gt; Import holiday schedule…) to decide it; approving before then needs an explicit acknowledgement.</source>
        <translation>待定：最早开始日期所在年份尚无官方节假日数据。请导入日程表（工具 &gt; 导入节假日安排…）以确定；在此之前批准需要明确确认。</translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/requests_model.py" line="195"/>
        <source>Late: submitted with less notice than the lead time.</source>
        <translation>逾期：提交时的提前通知少于规定提前期。</translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/requests_model.py" line="198"/>
        <source>Justification: {text}</source>
        <translation>理由说明：{text}</translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/requests_model.py" line="200"/>
        <source>No justification recorded yet.</source>
        <translation>尚未记录理由说明。</translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/requests_model.py" line="235"/>
        <source>undetermined</source>
        <translation>待定</translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/requests_model.py" line="240"/>
        <source>late</source>
        <translation>逾期</translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/requests_model.py" line="242"/>
        <source>on time</source>
        <translation>按时</translation>
    </message>
</context>
<context>
    <name>RequestsView</name>
    <message>
        <location filename="../../src/engagements/gui/requests_view.py" line="47"/>
        <source>All kinds</source>
        <translation>全部类型</translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/requests_view.py" line="48"/>
        <source>IEM requests</source>
        <translation>基础设施活动管理 (IEM) 申请</translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/requests_view.py" line="49"/>
        <source>Sessions</source>
        <translation>会话</translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/requests_view.py" line="85"/>
        <source>Sorting…</source>
        <translation>正在排序…</translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/requests_view.py" line="131"/>
        <source>Any status</source>
        <translation>任意状态</translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/requests_view.py" line="134"/>
        <source>Any edition</source>
        <translation>任意版本</translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/requests_view.py" line="137"/>
        <source>Any calendar</source>
        <translation>任意日历</translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/requests_view.py" line="167"/>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/requests_view.py" line="182"/>
        <source>one request (from search)</source>
        <translation>一个申请（来自搜索）</translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/requests_view.py" line="184"/>
        <source>{count} engagements</source>
        <translation>{count} 项服务</translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/requests_view.py" line="212"/>
        <source>Select a request to see it here.</source>
        <translation>选择一个申请即可在此查看。</translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/requests_view.py" line="257"/>
        <source>Approve with an undetermined lead time</source>
        <translation>在提前期待定的情况下批准</translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/requests_view.py" line="259"/>
        <source>The lead time of {request} cannot be decided: its earliest start needs a year without official holiday data (Tools &gt; Import holiday schedule… decides it).
Approve it anyway, acknowledging that it may be late?</source>
        <translation>{request} 的提前期无法确定：其最早开始日期所在年份尚无官方节假日数据（可通过“工具 &gt; 导入节假日安排…”确定）。
仍要批准并确认它可能已逾期吗？</translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/requests_view.py" line="265"/>
        <source>{request} not approved: its lead time is undetermined</source>
        <translation>{request} 未批准：其提前期待定</translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/requests_view.py" line="273"/>
        <source>Justify a late request</source>
        <translation>说明逾期申请的理由</translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/requests_view.py" line="275"/>
        <source>{request} gives less notice than the lead time.
Why approve it anyway? (kept with the request and shown to reviewers)</source>
        <translation>{request} 的提前通知少于规定提前期。
为什么仍要批准？（随申请保存并向审阅人显示）</translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/requests_view.py" line="282"/>
        <source>{request} not approved: a late request needs a written justification</source>
        <translation>{request} 未批准：逾期申请需要书面理由说明</translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/requests_view.py" line="303"/>
        <source>Reject request</source>
        <translation>拒绝申请</translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/requests_view.py" line="304"/>
        <source>Why is {request} rejected?</source>
        <translation>为什么拒绝 {request}？</translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/requests_view.py" line="310"/>
        <source>Reject IEM request</source>
        <translation>拒绝 IEM 申请</translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/requests_view.py" line="316"/>
        <source>rejection of {request}</source>
        <translation>拒绝 {request}</translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/requests_view.py" line="327"/>
        <location filename="../../src/engagements/gui/requests_view.py" line="342"/>
        <location filename="../../src/engagements/gui/requests_view.py" line="352"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/requests_view.py" line="329"/>
        <source>Cancel {request} for {partner}? Undo (Ctrl+Z) can put it back while nobody has changed it since.</source>
        <translation>确定取消 {partner} 的 {request} 吗？在无人再修改之前，可以撤销（Ctrl+Z）恢复。</translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/requests_view.py" line="337"/>
        <source>cancellation of {request}</source>
        <translation>取消 {request}</translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/requests_view.py" line="362"/>
        <source>Export requests</source>
        <translation>导出申请</translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/requests_view.py" line="362"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/requests_view.py" line="369"/>
        <source>Exporting requests</source>
        <translation>正在导出申请</translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/requests_view.py" line="372"/>
        <source>Exported {count} rows to {path}</source>
        <translation>已将 {count} 行导出到 {path}</translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/requests_view.py" line="406"/>
        <source>Justification: {text}</source>
        <translation>理由说明：{text}</translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/requests_view.py" line="410"/>
        <source>Approving it needs a justification.</source>
        <translation>批准需要填写理由说明。</translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/requests_view.py" line="414"/>
        <source>Late request.</source>
        <translation>逾期申请。</translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/requests_view.py" line="419"/>
        <source>&lt;span style=&apos;color:#b26a00&apos;&gt;Lead time undetermined&lt;/span&gt;: no official holiday data yet for the year its earliest start needs. Import the schedule to decide it; approving before then needs an acknowledgement.</source>
        <translation>&lt;span style=&apos;color:#b26a00&apos;&gt;提前期待定&lt;/span&gt;：最早开始日期所在年份尚无官方节假日数据。请导入日程表以确定；在此之前批准需要明确确认。</translation>
    </message>
    <message>
        <location filename="../../ui/requests_view.ui" line="9"/>
        <source>&lt;h2&gt;Requests&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;申请&lt;/h2&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/requests_view.ui" line="13"/>
        <source>Number of requests shown</source>
        <translation>显示的申请数量</translation>
    </message>
    <message>
        <location filename="../../ui/requests_view.ui" line="20"/>
        <source>New IEM request</source>
        <translation>新建基础设施活动管理 (IEM) 申请</translation>
    </message>
    <message>
        <location filename="../../ui/requests_view.ui" line="21"/>
        <source>New IEM request…</source>
        <translation>新建 IEM 申请…</translation>
    </message>
    <message>
        <location filename="../../ui/requests_view.ui" line="26"/>
        <source>Open the selected request: its details, life cycle, expert team and edits</source>
        <translation>打开所选申请：查看详情、生命周期、专家团队和编辑</translation>
    </message>
    <message>
        <location filename="../../ui/requests_view.ui" line="27"/>
        <source>Open…</source>
        <translation>打开…</translation>
    </message>
    <message>
        <location filename="../../ui/requests_view.ui" line="32"/>
        <source>Approve the selected request</source>
        <translation>批准所选申请</translation>
    </message>
    <message>
        <location filename="../../ui/requests_view.ui" line="33"/>
        <source>Approve…</source>
        <translation>批准…</translation>
    </message>
    <message>
        <location filename="../../ui/requests_view.ui" line="38"/>
        <source>Reject the selected request</source>
        <translation>拒绝所选申请</translation>
    </message>
    <message>
        <location filename="../../ui/requests_view.ui" line="39"/>
        <source>Reject…</source>
        <translation>拒绝…</translation>
    </message>
    <message>
        <location filename="../../ui/requests_view.ui" line="44"/>
        <source>Cancel the selected request or session</source>
        <translation>取消所选申请或会话</translation>
    </message>
    <message>
        <location filename="../../ui/requests_view.ui" line="45"/>
        <source>Cancel request…</source>
        <translation>取消申请…</translation>
    </message>
    <message>
        <location filename="../../ui/requests_view.ui" line="50"/>
        <source>Show the history of the selected request</source>
        <translation>显示所选申请的历史记录</translation>
    </message>
    <message>
        <location filename="../../ui/requests_view.ui" line="51"/>
        <source>History…</source>
        <translation>历史记录…</translation>
    </message>
    <message>
        <location filename="../../ui/requests_view.ui" line="56"/>
        <source>Export the list as CSV</source>
        <translation>将列表导出为 CSV</translation>
    </message>
    <message>
        <location filename="../../ui/requests_view.ui" line="57"/>
        <source>Export CSV…</source>
        <translation>导出 CSV…</translation>
    </message>
    <message>
        <location filename="../../ui/requests_view.ui" line="66"/>
        <source>Filter by partner or event</source>
        <translation>按合作伙伴或活动筛选</translation>
    </message>
    <message>
        <location filename="../../ui/requests_view.ui" line="67"/>
        <source>Partner, event or topic…</source>
        <translation>合作伙伴、活动或主题…</translation>
    </message>
    <message>
        <location filename="../../ui/requests_view.ui" line="72"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../ui/requests_view.ui" line="75"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../ui/requests_view.ui" line="78"/>
        <source>Edition</source>
        <translation>版本</translation>
    </message>
    <message>
        <location filename="../../ui/requests_view.ui" line="81"/>
        <source>Working calendar</source>
        <translation>工作日历</translation>
    </message>
    <message>
        <location filename="../../ui/requests_view.ui" line="85"/>
        <source>Only late requests</source>
        <translation>仅逾期申请</translation>
    </message>
    <message>
        <location filename="../../ui/requests_view.ui" line="86"/>
        <source>Late only</source>
        <translation>仅逾期</translation>
    </message>
    <message>
        <location filename="../../ui/requests_view.ui" line="91"/>
        <source>Order the list with the work first</source>
        <translation>将待办工作排在列表前面</translation>
    </message>
    <message>
        <location filename="../../ui/requests_view.ui" line="92"/>
        <source>Waiting, late and undetermined requests first, then upcoming engagements, then the rest</source>
        <translation>待批、逾期和待定的申请在前，其次是即将进行的服务，然后是其余项</translation>
    </message>
    <message>
        <location filename="../../ui/requests_view.ui" line="93"/>
        <source>Work first</source>
        <translation>待办优先</translation>
    </message>
    <message>
        <location filename="../../ui/requests_view.ui" line="100"/>
        <source>IEM requests and sessions</source>
        <translation>IEM 申请和会话</translation>
    </message>
    <message>
        <location filename="../../ui/requests_view.ui" line="109"/>
        <source>Selected request</source>
        <translation>所选申请</translation>
    </message>
</context>
<context>
    <name>Risk</name>
    <message>
        <location filename="../../src/engagements/gui/labels.py" line="52"/>
        <source>nearly out of IEM days</source>
        <translation>IEM 天数即将用完</translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/labels.py" line="53"/>
        <source>late request waiting</source>
        <translation>有逾期申请待处理</translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/labels.py" line="54"/>
        <source>no holiday data ahead</source>
        <translation>缺少未来节假日数据</translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/labels.py" line="55"/>
        <source>undetermined lead time waiting</source>
        <translation>有提前期待定的申请待处理</translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/labels.py" line="56"/>
        <source>subscription expiring</source>
        <translation>订阅即将到期</translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/labels.py" line="57"/>
        <source>expert service used: no downgrade or exit before the term ends</source>
        <translation>已使用专家服务：期限结束前不得降级或退出</translation>
    </message>
</context>
<context>
    <name>SearchBox</name>
    <message>
        <location filename="../../src/engagements/gui/search.py" line="25"/>
        <source>Search partners and requests  (Ctrl+K)</source>
        <translation>搜索合作伙伴和申请  (Ctrl+K)</translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/search.py" line="26"/>
        <source>Search partners and requests</source>
        <translation>搜索合作伙伴和申请</translation>
    </message>
</context>
<context>
    <name>SessionRequestsPanel</name>
    <message>
        <location filename="../../src/engagements/gui/form_session_requests.py" line="74"/>
        <source>&lt;h3&gt;Pending session requests ({count})&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;待处理的会话申请（{count}）&lt;/h3&gt;</translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/form_session_requests.py" line="96"/>
        <location filename="../../src/engagements/gui/form_session_requests.py" line="104"/>
        <source>Decline session request</source>
        <translation>婉拒会话申请</translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/form_session_requests.py" line="97"/>
        <source>Why is request #{id} from {partner} declined? (kept with the request)</source>
        <translation>为什么婉拒来自 {partner} 的申请 #{id}？（随申请一同保存）</translation>
    </message>
    <message>
        <location filename="../../ui/form_session_requests.ui" line="11"/>
        <source>&lt;h3&gt;Pending session requests&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;待处理的会话申请&lt;/h3&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/form_session_requests.ui" line="16"/>
        <source>Book the selected session request</source>
        <translation>预订所选会话申请</translation>
    </message>
    <message>
        <location filename="../../ui/form_session_requests.ui" line="17"/>
        <source>Book…</source>
        <translation>预订…</translation>
    </message>
    <message>
        <location filename="../../ui/form_session_requests.ui" line="22"/>
        <source>Decline the selected session request</source>
        <translation>婉拒所选会话申请</translation>
    </message>
    <message>
        <location filename="../../ui/form_session_requests.ui" line="23"/>
        <source>Decline…</source>
        <translation>婉拒…</translation>
    </message>
    <message>
        <location filename="../../ui/form_session_requests.ui" line="30"/>
        <source>Session requests from returned forms, waiting to be booked</source>
        <translation>来自已返回表单、等待预订的会话申请</translation>
    </message>
</context>
<context>
    <name>SessionsView</name>
    <message>
        <location filename="../../src/engagements/gui/sessions_view.py" line="54"/>
        <source> (retired)</source>
        <translation>（已退役）</translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/sessions_view.py" line="68"/>
        <source>{hours} h</source>
        <translation>{hours} 小时</translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/sessions_view.py" line="144"/>
        <source>Sessions in the next two weeks, in {zone}</source>
        <translation>未来两周的会话（{zone}）</translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/sessions_view.py" line="150"/>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/sessions_view.py" line="150"/>
        <source>Partner</source>
        <translation>合作伙伴</translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/sessions_view.py" line="150"/>
        <source>Topic</source>
        <translation>主题</translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/sessions_view.py" line="186"/>
        <location filename="../../src/engagements/gui/sessions_view.py" line="196"/>
        <location filename="../../ui/sessions_view.ui" line="27"/>
        <source>Retire expert</source>
        <translation>专家退役</translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/sessions_view.py" line="188"/>
        <source>Retire {expert}? They can no longer be booked or assigned; their past work stays on record.</source>
        <translation>确定让 {expert} 退役吗？退役后将无法再被预订或指派；其过往工作记录保留。</translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/sessions_view.py" line="219"/>
        <location filename="../../src/engagements/gui/sessions_view.py" line="230"/>
        <location filename="../../ui/sessions_view.ui" line="39"/>
        <source>Cancel session</source>
        <translation>取消会话</translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/sessions_view.py" line="221"/>
        <source>Cancel session #{id} with {partner}? It will no longer count against the quota.</source>
        <translation>确定取消与 {partner} 的会话 #{id} 吗？取消后不再计入配额。</translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/sessions_view.py" line="234"/>
        <source>cancellation of session #{id}</source>
        <translation>取消会话 #{id}</translation>
    </message>
    <message>
        <location filename="../../ui/sessions_view.ui" line="9"/>
        <source>&lt;h2&gt;Sessions and experts&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;会话与专家&lt;/h2&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/sessions_view.ui" line="14"/>
        <source>Add an expert to the roster</source>
        <translation>将专家加入名册</translation>
    </message>
    <message>
        <location filename="../../ui/sessions_view.ui" line="15"/>
        <source>New expert…</source>
        <translation>新建专家…</translation>
    </message>
    <message>
        <location filename="../../ui/sessions_view.ui" line="20"/>
        <source>Change the selected expert&apos;s name, time zone and skills</source>
        <translation>修改所选专家的姓名、时区和技能</translation>
    </message>
    <message>
        <location filename="../../ui/sessions_view.ui" line="21"/>
        <source>Edit expert…</source>
        <translation>编辑专家…</translation>
    </message>
    <message>
        <location filename="../../ui/sessions_view.ui" line="26"/>
        <source>Retire the selected expert from the roster</source>
        <translation>将所选专家从名册中退役</translation>
    </message>
    <message>
        <location filename="../../ui/sessions_view.ui" line="32"/>
        <source>Book a training session</source>
        <translation>预订培训会话</translation>
    </message>
    <message>
        <location filename="../../ui/sessions_view.ui" line="33"/>
        <source>Book session…</source>
        <translation>预订会话…</translation>
    </message>
    <message>
        <location filename="../../ui/sessions_view.ui" line="38"/>
        <source>Cancel the selected session</source>
        <translation>取消所选会话</translation>
    </message>
    <message>
        <location filename="../../ui/sessions_view.ui" line="48"/>
        <source>Expert roster</source>
        <translation>专家名册</translation>
    </message>
    <message>
        <location filename="../../ui/sessions_view.ui" line="58"/>
        <source>Selected expert</source>
        <translation>所选专家</translation>
    </message>
    <message>
        <location filename="../../ui/sessions_view.ui" line="64"/>
        <source>The expert&apos;s sessions in the next two weeks</source>
        <translation>该专家未来两周的会话</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../src/engagements/gui/settings_dialog.py" line="24"/>
        <location filename="../../ui/settings_dialog.ui" line="5"/>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/settings_dialog.py" line="47"/>
        <source>Discard the changes to the settings?</source>
        <translation>放弃对设置的更改吗？</translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/settings_dialog.py" line="52"/>
        <location filename="../../ui/settings_dialog.ui" line="15"/>
        <source>Database file</source>
        <translation>数据库文件</translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/settings_dialog.py" line="54"/>
        <source>SQLite databases (*.db)</source>
        <translation>SQLite 数据库 (*.db)</translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/settings_dialog.py" line="65"/>
        <source>A team database is a PostgreSQL URL, e.g. postgresql://login@host:5432/engagements</source>
        <translation>团队数据库须为 PostgreSQL URL，例如 postgresql://login@host:5432/engagements</translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/settings_dialog.py" line="84"/>
        <source>Could not keep the password in the system keyring ({problem}); name an environment variable instead.</source>
        <translation>无法将密码保存到系统密钥环（{problem}）；请改为指定一个环境变量。</translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/settings_dialog.py" line="102"/>
        <source>The window speaks {language} from the next start.</source>
        <translation>下次启动时，窗口将使用{language}。</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.ui" line="10"/>
        <source>Database (used at the next start)</source>
        <translation>数据库（下次启动时生效）</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.ui" line="12"/>
        <source>Embedded file</source>
        <translation>本地数据库文件</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.ui" line="12"/>
        <source>&amp;Embedded file</source>
        <translation>本地数据库文件(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.ui" line="16"/>
        <source>Choose the database file</source>
        <translation>选择数据库文件</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.ui" line="19"/>
        <source>Team PostgreSQL</source>
        <translation>团队 PostgreSQL</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.ui" line="19"/>
        <source>&amp;Team PostgreSQL</source>
        <translation>团队 PostgreSQL(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.ui" line="20"/>
        <source>PostgreSQL URL without the password</source>
        <translation>不含密码的 PostgreSQL URL</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.ui" line="21"/>
        <source>&amp;Password</source>
        <translation>密码(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.ui" line="22"/>
        <source>Password, kept in the system keyring</source>
        <translation>密码（保存在系统密钥环中）</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.ui" line="22"/>
        <source>kept in the system keyring, never in the settings file</source>
        <translation>保存在系统密钥环中，绝不写入设置文件</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.ui" line="23"/>
        <source>or from &amp;variable</source>
        <translation>或来自环境变量(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.ui" line="24"/>
        <source>Environment variable holding the password</source>
        <translation>保存密码的环境变量</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.ui" line="24"/>
        <source>e.g. ENGAGEMENTS_PGPASSWORD</source>
        <translation>例如 ENGAGEMENTS_PGPASSWORD</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.ui" line="30"/>
        <source>Default working &amp;calendar</source>
        <translation>默认工作日历(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.ui" line="31"/>
        <source>Default working calendar</source>
        <translation>默认工作日历</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.ui" line="32"/>
        <source>Your &amp;role</source>
        <translation>您的角色(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.ui" line="33"/>
        <source>Your role</source>
        <translation>您的角色</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.ui" line="34"/>
        <source>&amp;Theme</source>
        <translation>主题(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.ui" line="35"/>
        <source>Colour theme</source>
        <translation>颜色主题</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.ui" line="35"/>
        <source>Follow the system&apos;s light or dark scheme, or always use one</source>
        <translation>跟随系统的浅色或深色方案，或始终使用其中一种</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.ui" line="36"/>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.ui" line="37"/>
        <source>Language of the window</source>
        <translation>窗口语言</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.ui" line="37"/>
        <source>Follow the system&apos;s language, or always use one; takes effect at the next start</source>
        <translation>跟随系统语言，或始终使用某一语言；下次启动时生效</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.ui" line="42"/>
        <source>Problem with the settings</source>
        <translation>设置有问题</translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <location filename="../../src/engagements/gui/labels.py" line="11"/>
        <source>submitted</source>
        <translation>已提交</translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/labels.py" line="12"/>
        <source>approved</source>
        <translation>已批准</translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/labels.py" line="13"/>
        <source>scheduled</source>
        <translation>已排期</translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/labels.py" line="14"/>
        <source>in progress</source>
        <translation>进行中</translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/labels.py" line="15"/>
        <source>completed</source>
        <translation>已完成</translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/labels.py" line="16"/>
        <source>rejected</source>
        <translation>已拒绝</translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/labels.py" line="17"/>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/labels.py" line="18"/>
        <source>held</source>
        <translation>已举行</translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/labels.py" line="19"/>
        <source>pending</source>
        <translation>待处理</translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/labels.py" line="20"/>
        <source>declined</source>
        <translation>已婉拒</translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/labels.py" line="21"/>
        <source>booked</source>
        <translation>已预订</translation>
    </message>
</context>
<context>
    <name>SubscriptionDialog</name>
    <message>
        <location filename="../../src/engagements/gui/subscription_dialog.py" line="38"/>
        <source>Subscription of {partner}</source>
        <translation>{partner} 的订阅</translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/subscription_dialog.py" line="42"/>
        <source>Now: {edition}, {start} for {months} months (term ends {end}). The new subscription starts a new record; the history stays.</source>
        <translation>当前：{edition}，自 {start} 起 {months} 个月（期限截至 {end}）。新订阅将新建一条记录，历史记录保留。</translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/subscription_dialog.py" line="69"/>
        <source>Discard the changes to this subscription?</source>
        <translation>放弃对此订阅的更改吗？</translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/subscription_dialog.py" line="97"/>
        <source>{kind}-{id} from {first}: {why}</source>
        <translation>{kind}-{id}（自 {first} 起）：{why}</translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/subscription_dialog.py" line="113"/>
        <source>Change subscription</source>
        <translation>变更订阅</translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/subscription_dialog.py" line="117"/>
        <source>{partner}: {edition} from {start}</source>
        <translation>{partner}：自 {start} 起为{edition}</translation>
    </message>
    <message>
        <location filename="../../ui/subscription_dialog.ui" line="5"/>
        <source>Renew or change the subscription</source>
        <translation>续订或变更订阅</translation>
    </message>
    <message>
        <location filename="../../ui/subscription_dialog.ui" line="13"/>
        <source>&amp;Edition</source>
        <translation>版本(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../ui/subscription_dialog.ui" line="14"/>
        <source>Edition</source>
        <translation>版本</translation>
    </message>
    <message>
        <location filename="../../ui/subscription_dialog.ui" line="15"/>
        <source>&amp;From</source>
        <translation>从(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../ui/subscription_dialog.ui" line="16"/>
        <source>First day of the new subscription</source>
        <translation>新订阅的首日</translation>
    </message>
    <message>
        <location filename="../../ui/subscription_dialog.ui" line="17"/>
        <source>&amp;Months</source>
        <translation>月数(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../ui/subscription_dialog.ui" line="18"/>
        <source>Committed term in months</source>
        <translation>承诺期限（月）</translation>
    </message>
    <message>
        <location filename="../../ui/subscription_dialog.ui" line="19"/>
        <source>Se&amp;ssions a year</source>
        <translation>每年会话数(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../ui/subscription_dialog.ui" line="20"/>
        <source>Session quota written in the contract</source>
        <translation>合同约定的会话配额</translation>
    </message>
    <message>
        <location filename="../../ui/subscription_dialog.ui" line="20"/>
        <source>plan default</source>
        <translation>套餐默认</translation>
    </message>
    <message>
        <location filename="../../ui/subscription_dialog.ui" line="24"/>
        <source>Rule feedback</source>
        <translation>规则反馈</translation>
    </message>
</context>
<context>
    <name>Theme</name>
    <message>
        <location filename="../../src/engagements/gui/theme.py" line="31"/>
        <source>Follow the system</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/theme.py" line="32"/>
        <source>Light</source>
        <translation>浅色</translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/theme.py" line="33"/>
        <source>Dark</source>
        <translation>深色</translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/theme.py" line="74"/>
        <source>{iem} IEM  {session} session · pale: waiting for approval · &amp;#9888; expert clash · &amp;#10006; over allowance · {holiday} {working}</source>
        <translation>{iem} IEM  {session} 会话 · 浅色：等待批准 · &amp;#9888; 专家冲突 · &amp;#10006; 超出额度 · {holiday} {working}</translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/theme.py" line="81"/>
        <source>holiday</source>
        <translation>节假日</translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/theme.py" line="83"/>
        <source>official working day</source>
        <translation>调休工作日</translation>
    </message>
</context>
<context>
    <name>TimeGrid</name>
    <message>
        <location filename="../../src/engagements/gui/calendar_week.py" line="48"/>
        <source>Calendar week</source>
        <translation>日历周视图</translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/calendar_week.py" line="48"/>
        <source>Calendar day</source>
        <translation>日历日视图</translation>
    </message>
</context>
<context>
    <name>Topic</name>
    <message>
        <location filename="../../src/engagements/gui/labels.py" line="85"/>
        <source>architecture</source>
        <translation>架构</translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/labels.py" line="86"/>
        <source>usage plan</source>
        <translation>使用规划</translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/labels.py" line="87"/>
        <source>key issues</source>
        <translation>关键问题</translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/labels.py" line="88"/>
        <source>product requirements</source>
        <translation>产品需求</translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/labels.py" line="89"/>
        <source>industry experience</source>
        <translation>行业经验</translation>
    </message>
</context>
<context>
    <name>Undo</name>
    <message>
        <location filename="../../src/engagements/gui/commands.py" line="35"/>
        <source>Redone: {change}</source>
        <translation>已重做：{change}</translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/commands.py" line="38"/>
        <source>Undone: {change}</source>
        <translation>已撤销：{change}</translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/commands.py" line="49"/>
        <source>Cannot undo or redo {change}</source>
        <translation>无法撤销或重做：{change}</translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/commands.py" line="83"/>
        <location filename="../../src/engagements/gui/purchase_dialog.py" line="157"/>
        <source>Done: {change}. Undo (Ctrl+Z) puts it back.</source>
        <translation>已完成：{change}。撤销（Ctrl+Z）可恢复。</translation>
    </message>
</context>
<context>
    <name>Unsaved</name>
    <message>
        <location filename="../../src/engagements/gui/unsaved.py" line="48"/>
        <source>Unsaved changes</source>
        <translation>未保存的更改</translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/unsaved.py" line="54"/>
        <source>&amp;Discard</source>
        <translation>放弃更改(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/unsaved.py" line="58"/>
        <source>&amp;Keep editing</source>
        <translation>继续编辑(&amp;K)</translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/unsaved.py" line="140"/>
        <source>Discard the changes?</source>
        <translation>放弃更改吗？</translation>
    </message>
</context>
<context>
    <name>Views</name>
    <message>
        <location filename="../../src/engagements/gui/view_shelf.py" line="21"/>
        <source>Dashboard</source>
        <translation>仪表板</translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/view_shelf.py" line="22"/>
        <source>Requests</source>
        <translation>申请</translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/view_shelf.py" line="23"/>
        <source>Calendar</source>
        <translation>日历</translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/view_shelf.py" line="24"/>
        <source>Partners</source>
        <translation>合作伙伴</translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/view_shelf.py" line="25"/>
        <source>Sessions</source>
        <translation>会话</translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/view_shelf.py" line="28"/>
        <source>&amp;Dashboard</source>
        <translation>仪表板(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/view_shelf.py" line="29"/>
        <source>&amp;Requests</source>
        <translation>申请(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/view_shelf.py" line="30"/>
        <source>&amp;Calendar</source>
        <translation>日历(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/view_shelf.py" line="31"/>
        <source>&amp;Partners</source>
        <translation>合作伙伴(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/view_shelf.py" line="32"/>
        <source>&amp;Sessions</source>
        <translation>会话(&amp;S)</translation>
    </message>
</context>
<context>
    <name>WorkingCalendarsDialog</name>
    <message>
        <location filename="../../src/engagements/gui/working_calendars_dialog.py" line="33"/>
        <source>Holiday</source>
        <translation>节假日</translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/working_calendars_dialog.py" line="34"/>
        <source>Working day</source>
        <translation>工作日</translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/working_calendars_dialog.py" line="37"/>
        <source>added by hand</source>
        <translation>手动添加</translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/working_calendars_dialog.py" line="38"/>
        <source>shipped with the application</source>
        <translation>随应用程序提供</translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/working_calendars_dialog.py" line="50"/>
        <location filename="../../ui/working_calendars_dialog.ui" line="5"/>
        <source>Working calendars</source>
        <translation>工作日历</translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/working_calendars_dialog.py" line="59"/>
        <source>&lt;p&gt;Add, remove or import adjustments to see which open requests they affect.&lt;/p&gt;</source>
        <translation>&lt;p&gt;添加、移除或导入调整后，可查看受影响的未结申请。&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/working_calendars_dialog.py" line="83"/>
        <source>Discard the day typed in but not yet added?</source>
        <translation>放弃已输入但尚未添加的日期吗？</translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/working_calendars_dialog.py" line="122"/>
        <source>{name} · weekend {weekend}</source>
        <translation>{name} · 周末 {weekend}</translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/working_calendars_dialog.py" line="129"/>
        <source>{missing}. Until then a request whose earliest start needs this year has an undetermined lead time.</source>
        <translation>{missing}。在此之前，最早开始日期落在该年份的申请提前期待定。</translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/working_calendars_dialog.py" line="136"/>
        <location filename="../../src/engagements/gui/working_calendars_dialog.py" line="142"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/working_calendars_dialog.py" line="136"/>
        <source>Day</source>
        <translation>星期</translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/working_calendars_dialog.py" line="136"/>
        <source>What</source>
        <translation>操作</translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/working_calendars_dialog.py" line="142"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/working_calendars_dialog.py" line="142"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/working_calendars_dialog.py" line="142"/>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/working_calendars_dialog.py" line="150"/>
        <source>imported from {source}</source>
        <translation>导入自 {source}</translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/working_calendars_dialog.py" line="158"/>
        <source>None stored for {code} {year}: the days on the left are workalendar&apos;s, with the official schedules shipped with the application.</source>
        <translation>{code} {year} 暂无已保存的调整：左侧日期来自 workalendar，并包含应用程序自带的官方日程表。</translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/working_calendars_dialog.py" line="163"/>
        <source>{count} stored for {code} {year}. A date added by hand lays over the public holidays; an imported schedule replaces its year.</source>
        <translation>{code} {year} 已保存 {count} 项。手动添加的日期覆盖法定节假日；导入的日程表替换其所在年份。</translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/working_calendars_dialog.py" line="181"/>
        <source>Add adjustment</source>
        <translation>添加调整</translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/working_calendars_dialog.py" line="188"/>
        <source>Added {kind} {date} to {code}</source>
        <translation>已将{kind} {date} 添加到 {code}</translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/working_calendars_dialog.py" line="200"/>
        <source>Remove adjustment</source>
        <translation>移除调整</translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/working_calendars_dialog.py" line="206"/>
        <source>Removed {date} from {code}</source>
        <translation>已从 {code} 移除 {date}</translation>
    </message>
    <message>
        <location filename="../../src/engagements/gui/working_calendars_dialog.py" line="214"/>
        <source>{what}; {count} open requests affected</source>
        <translation>{what}；{count} 个未结申请受到影响</translation>
    </message>
    <message>
        <location filename="../../ui/working_calendars_dialog.ui" line="10"/>
        <source>&amp;Calendar</source>
        <translation>日历(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../ui/working_calendars_dialog.ui" line="11"/>
        <source>Working calendar</source>
        <translation>工作日历</translation>
    </message>
    <message>
        <location filename="../../ui/working_calendars_dialog.ui" line="12"/>
        <source>&amp;Year</source>
        <translation>年份(&amp;Y)</translation>
    </message>
    <message>
        <location filename="../../ui/working_calendars_dialog.ui" line="13"/>
        <source>Year shown</source>
        <translation>显示的年份</translation>
    </message>
    <message>
        <location filename="../../ui/working_calendars_dialog.ui" line="14"/>
        <source>About the calendar</source>
        <translation>关于日历</translation>
    </message>
    <message>
        <location filename="../../ui/working_calendars_dialog.ui" line="16"/>
        <source>Import an official holiday schedule</source>
        <translation>导入官方节假日安排</translation>
    </message>
    <message>
        <location filename="../../ui/working_calendars_dialog.ui" line="16"/>
        <source>&amp;Import schedule…</source>
        <translation>导入日程表(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../../ui/working_calendars_dialog.ui" line="26"/>
        <source>&lt;b&gt;Public holidays and official working days&lt;/b&gt; — what the lead-time rule uses</source>
        <translation>&lt;b&gt;法定节假日和调休工作日&lt;/b&gt; — 提前期规则依据的日历</translation>
    </message>
    <message>
        <location filename="../../ui/working_calendars_dialog.ui" line="27"/>
        <source>Missing holiday data</source>
        <translation>缺少节假日数据</translation>
    </message>
    <message>
        <location filename="../../ui/working_calendars_dialog.ui" line="28"/>
        <source>Public holidays and official working days of the year</source>
        <translation>本年度的法定节假日和调休工作日</translation>
    </message>
    <message>
        <location filename="../../ui/working_calendars_dialog.ui" line="34"/>
        <source>&lt;b&gt;Stored adjustments&lt;/b&gt; — imported schedules and dates added by hand</source>
        <translation>&lt;b&gt;已保存的调整&lt;/b&gt; — 导入的日程表和手动添加的日期</translation>
    </message>
    <message>
        <location filename="../../ui/working_calendars_dialog.ui" line="35"/>
        <source>About the stored adjustments</source>
        <translation>关于已保存的调整</translation>
    </message>
    <message>
        <location filename="../../ui/working_calendars_dialog.ui" line="36"/>
        <source>Stored adjustments of the year</source>
        <translation>本年度已保存的调整</translation>
    </message>
    <message>
        <location filename="../../ui/working_calendars_dialog.ui" line="40"/>
        <source>Remove the chosen adjustment</source>
        <translation>移除所选调整</translation>
    </message>
    <message>
        <location filename="../../ui/working_calendars_dialog.ui" line="40"/>
        <source>&amp;Remove</source>
        <translation>移除(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../ui/working_calendars_dialog.ui" line="45"/>
        <source>Add a date by hand</source>
        <translation>手动添加日期</translation>
    </message>
    <message>
        <location filename="../../ui/working_calendars_dialog.ui" line="47"/>
        <source>&amp;Date</source>
        <translation>日期(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../ui/working_calendars_dialog.ui" line="48"/>
        <source>Date of the new adjustment</source>
        <translation>新调整的日期</translation>
    </message>
    <message>
        <location filename="../../ui/working_calendars_dialog.ui" line="49"/>
        <source>&amp;Kind</source>
        <translation>类型(&amp;K)</translation>
    </message>
    <message>
        <location filename="../../ui/working_calendars_dialog.ui" line="50"/>
        <source>Holiday or working day</source>
        <translation>节假日或工作日</translation>
    </message>
    <message>
        <location filename="../../ui/working_calendars_dialog.ui" line="51"/>
        <source>&amp;Name</source>
        <translation>名称(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../ui/working_calendars_dialog.ui" line="52"/>
        <source>Name of the new adjustment</source>
        <translation>新调整的名称</translation>
    </message>
    <message>
        <location filename="../../ui/working_calendars_dialog.ui" line="52"/>
        <source>e.g. 国庆节 extra day, or Office move</source>
        <translation>例如：国庆节加休一天，或办公室搬迁</translation>
    </message>
    <message>
        <location filename="../../ui/working_calendars_dialog.ui" line="53"/>
        <source>Add the adjustment</source>
        <translation>添加此调整</translation>
    </message>
    <message>
        <location filename="../../ui/working_calendars_dialog.ui" line="53"/>
        <source>&amp;Add</source>
        <translation>添加(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../ui/working_calendars_dialog.ui" line="61"/>
        <source>&lt;b&gt;Open requests whose lead time changed&lt;/b&gt; — warn these partners</source>
        <translation>&lt;b&gt;提前期已变化的未结申请&lt;/b&gt; — 请通知这些合作伙伴</translation>
    </message>
    <message>
        <location filename="../../ui/working_calendars_dialog.ui" line="64"/>
        <source>Open requests affected by the last change</source>
        <translation>受上次变更影响的未结申请</translation>
    </message>
</context>
</TS>
